namespace SiteGen.Import.Readers.PdfTable;

/// <summary>
/// A table inside the 补助标准 cell can run on below the item's later cells (the PDF prints its remaining rows after them).
/// Lines made only of side-by-side amounts that were placed after 补助标准 are such rows and go back to it.
/// </summary>
internal static class StrayTableRows
{
    public static IReadOnlyList<PlacedUnit> Return(IReadOnlyList<PlacedUnit> placed, List<string> judgements)
    {
        var amountRows = placed
            .Where(p => p.Unit.FromSplitLine)
            .GroupBy(p => p.Unit.FirstLine)
            .Where(g => g.Count() >= 2 && g.All(p => CellShapes.IsAmount(p.Unit.Text)) && g.Any(p => p.Column > BodyColumn.Standard))
            .Select(g => g.Key)
            .ToHashSet();
        if (amountRows.Count == 0) return placed;

        judgements.Add($"{amountRows.Count} line(s) of side-by-side amounts printed after the later cells (from line {amountRows.Min()}) were taken as further rows of the 补助标准 table.");
        var standard = placed.Where(p => p.Column == BodyColumn.Standard || amountRows.Contains(p.Unit.FirstLine))
            .Select(p => p with { Column = BodyColumn.Standard });
        var others = placed.Where(p => p.Column != BodyColumn.Standard && !amountRows.Contains(p.Unit.FirstLine));
        return standard.Concat(others).ToList();
    }
}
