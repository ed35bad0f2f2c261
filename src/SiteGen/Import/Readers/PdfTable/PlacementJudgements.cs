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
                yield return $"“{Snippet(unit.Text)}” (line {unit.FirstLine}) was placed in {PdfTableLayout.Heading(column)} by its content, skipping the column(s) before it.";
            else if (previous is not null && previous != column && unit.Link == UnitLink.NextLine)
                yield return $"Line {unit.FirstLine} starts a new cell ({PdfTableLayout.Heading(column)}) without a blank line before it; it was told apart by its content.";
            else if (previous is not null && previous != column && unit.Link == UnitLink.SameLine && byContent)
                yield return $"Line {unit.FirstLine} prints several cells side by side; “{Snippet(unit.Text)}” was placed in {PdfTableLayout.Heading(column)} by its content.";
            foreach (var line in unit.RejoinedAcrossBreak)
                yield return $"The {PdfTableLayout.Heading(column)} cell continues at line {line} after a blank line or page break; the two parts were rejoined.";
        }

        foreach (var column in layout.Columns.Where(c => placed.All(p => p.Column != c)))
            yield return $"The {PdfTableLayout.Heading(column)} cell is empty.";
    }

    private static string Snippet(string text) => text.Length <= SnippetLength ? text : text[..SnippetLength] + "…";
}
