namespace SiteGen.Import.Readers.Tabular;

/// <summary>
/// Some pages of a table print a header without one of the columns other pages have (服务类型), and the value of that
/// column then sits at the start of the following cell ("物质帮助 人力资源和社会保障局"). When that leading text is a value
/// the same column holds elsewhere in the table, it is split off into its own column.
/// </summary>
internal sealed class MissingColumnSplitter
{
    public IReadOnlyList<RawRow> Split(IReadOnlyList<RawRow> rows)
    {
        var headers = rows.Select(r => r.Header).ToList();
        return rows.Select(row => SplitRow(row, headers, rows)).ToList();
    }

    private static RawRow SplitRow(RawRow row, IReadOnlyList<TableHeader> headers, IReadOnlyList<RawRow> rows)
    {
        var fuller = headers
            .Where(h => h.Count == row.Header.Count + 1 && row.Header.Headings.All(h.Headings.Contains))
            .FirstOrDefault();
        if (fuller is null)
            return row;

        var missingIndex = Enumerable.Range(0, fuller.Count).First(i => !row.Header.Headings.Contains(fuller.Headings[i]));
        if (missingIndex + 1 >= fuller.Count)
            return row;
        var missing = fuller.Headings[missingIndex];
        var following = fuller.Headings[missingIndex + 1];
        var followingColumn = row.Header.Headings.ToList().IndexOf(following);
        var cell = row.Cell(followingColumn).Trim();

        var knownValues = rows
            .Where(r => r.Header.Headings.Contains(missing))
            .Select(r => r.Cell(r.Header.Headings.ToList().IndexOf(missing)).Trim())
            .Where(v => v.Length > 0)
            .Distinct();
        var value = knownValues.FirstOrDefault(v => cell.Length > v.Length && cell.StartsWith(v, StringComparison.Ordinal) && char.IsWhiteSpace(cell[v.Length]));
        if (value is null)
            return row;

        var cells = fuller.Headings.Select((heading, i) =>
            i == missingIndex ? value
            : heading == following ? cell[value.Length..].Trim()
            : row.Cell(row.Header.Headings.ToList().IndexOf(heading))).ToList();
        return (row with { Header = fuller, Cells = cells }).WithJudgement(
            $"第{row.Header.Line}行的表头没有{missing}列；{following}单元格以“{value}”开头，而本表其他行的{missing}中有此内容，" +
            $"因此拆分为{missing}“{value}”和{following}“{cell[value.Length..].Trim()}”。");
    }
}
