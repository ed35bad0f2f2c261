namespace SiteGen.Import.Readers.PdfTable;

/// <summary>Describes, in plain words, the layout decisions behind an item's column assignment.</summary>
internal static class PlacementJudgements
{
    private const int SnippetLength = 16;

    public static IEnumerable<string> Describe(IReadOnlyList<PlacedUnit> placed, PdfTableLayout layout)
    {
        for (var i = 0; i < placed.Count; i++)
        {
            var (unit, column) = placed[i];
            var previous = i == 0 ? (BodyColumn?)null : placed[i - 1].Column;
            var skipped = previous is null ? layout.Position(column) : layout.Position(column) - layout.Position(previous.Value) - 1;
            var byContent = ColumnAligner.Score(unit, column, layout) > 0;
            if (skipped > 0 && byContent)
                yield return $"“{Snippet(unit.Text)}”（第{unit.FirstLine}行）依据内容归入{PdfTableLayout.Heading(column)}，跳过了它前面的栏目。";
            else if (previous is not null && previous != column && unit.Link == UnitLink.NextLine)
                yield return $"第{unit.FirstLine}行开始新的单元格（{PdfTableLayout.Heading(column)}），前面没有空行分隔；依据内容区分。";
            else if (previous is not null && previous != column && unit.Link == UnitLink.SameLine && byContent)
                yield return $"第{unit.FirstLine}行并排印有多个单元格；“{Snippet(unit.Text)}”依据内容归入{PdfTableLayout.Heading(column)}。";
            foreach (var line in unit.RejoinedAcrossBreak)
                yield return $"{PdfTableLayout.Heading(column)}单元格在空行或分页之后于第{line}行继续，前后两部分已接续。";
        }

        foreach (var column in layout.Columns.Where(c => placed.All(p => p.Column != c)))
            yield return $"{PdfTableLayout.Heading(column)}单元格为空。";
    }

    private static string Snippet(string text) => text.Length <= SnippetLength ? text : text[..SnippetLength] + "…";
}
