using SiteGen.Content.Model;

namespace SiteGen.Import.Readers.PdfTable;

/// <summary>
/// Splits the units placed under 补助标准 into the 合计 cell and the cells printed after it (share columns, or 资金负担).
/// Cells start after a blank line or at a space on a line; a table of side-by-side rows is read column by column.
/// </summary>
internal static class StandardCells
{
    public sealed record Split(string? Total, IReadOnlyList<string> Following);

    public static Split Read(IReadOnlyList<BodyUnit> units)
    {
        if (units.Count == 0) return new Split(null, []);
        var cells = IsSideBySideTable(units) ? TableColumns(units) : Sequential(units);
        return new Split(cells[0], cells.Skip(1).ToList());
    }

    /// <summary>
    /// Maps the cells after 合计 to the 中央/省级/市级/县级 columns only when there is one for each; otherwise the text does not
    /// show which level a share belongs to and only 合计 is kept.
    /// </summary>
    public static FundingShares Funding(Split split) => split.Following.Count == 4
        ? new FundingShares(split.Total, split.Following[0], split.Following[1], split.Following[2], split.Following[3])
        : new FundingShares(split.Total, null, null, null, null);

    private static bool IsSideBySideTable(IReadOnlyList<BodyUnit> units)
    {
        var rows = Rows(units);
        return rows.Count >= 2 && rows.All(r => r.Count == rows[0].Count && r.Count >= 2 && r.All(u => u.FromSplitLine));
    }

    private static List<string> TableColumns(IReadOnlyList<BodyUnit> units)
    {
        var rows = Rows(units);
        return Enumerable.Range(0, rows[0].Count).Select(c => string.Join('\n', rows.Select(r => r[c].Text))).ToList();
    }

    private static List<List<BodyUnit>> Rows(IReadOnlyList<BodyUnit> units)
    {
        var rows = new List<List<BodyUnit>>();
        foreach (var unit in units)
        {
            if (rows.Count == 0 || unit.Link != UnitLink.SameLine) rows.Add([]);
            rows[^1].Add(unit);
        }
        return rows;
    }

    private static List<string> Sequential(IReadOnlyList<BodyUnit> units)
    {
        var cells = new List<string>();
        foreach (var unit in units)
        {
            var startsCell = cells.Count == 0 || unit.Link is UnitLink.SameLine or UnitLink.NewBlock;
            if (startsCell) cells.Add(unit.Text);
            else cells[^1] += "\n" + unit.Text;
        }
        return cells;
    }
}
