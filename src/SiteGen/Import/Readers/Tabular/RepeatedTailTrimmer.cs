namespace SiteGen.Import.Readers.Tabular;

/// <summary>
/// Undoes a merged-cell artefact of PDF-to-table exports: a cell that ends with the full text of the cell after it
/// ("免交诉讼费 关爱服务 人民法院" followed by "关爱服务 人民法院"). The repeated tail is removed from the first cell only;
/// the text itself stays in the cell it belongs to.
/// </summary>
internal sealed class RepeatedTailTrimmer
{
    // A one-character tail could match by chance; two or more characters after a space are a repeat.
    private const int MinimumTailLength = 2;

    public RawRow Trim(RawRow row)
    {
        var cells = row.Cells.ToList();
        var judgements = new List<string>();
        for (var i = 0; i + 1 < cells.Count; i++)
        {
            var text = cells[i].Trim();
            var next = cells[i + 1].Trim();
            var cut = text.Length - next.Length;
            if (next.Length < MinimumTailLength || cut < 2 || !text.EndsWith(next, StringComparison.Ordinal) || !char.IsWhiteSpace(text[cut - 1]))
                continue;
            cells[i] = text[..cut].TrimEnd();
            judgements.Add($"{Heading(row, i)}单元格末尾的“{next}”与后一个{Heading(row, i + 1)}单元格的内容相同；已从{Heading(row, i)}中删去这段重复文字。");
        }

        return judgements.Count == 0 ? row : row with { Cells = cells, Judgements = [.. row.Judgements, .. judgements] };
    }

    private static string Heading(RawRow row, int index) =>
        index < row.Header.Count ? row.Header.Headings[index] : $"第{index + 1}列";
}
