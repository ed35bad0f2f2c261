namespace SiteGen.Import.Readers.PdfTable;

/// <summary>
/// A table inside the 补助标准 cell can run on below the item's later cells (the PDF prints its remaining rows after them).
/// Lines made only of side-by-side amounts that come after a procedure, payment or phone cell are such rows;
/// they are set aside before alignment and returned to 补助标准 afterwards.
/// </summary>
internal static class StrayTableRows
{
    public static (IReadOnlyList<BodyUnit> Main, IReadOnlyList<BodyUnit> Stray) SetAside(IReadOnlyList<BodyUnit> units, PdfTableLayout layout)
    {
        var laterCell = -1;
        for (var i = 0; i < units.Count && laterCell < 0; i++)
            if (!CellShapes.IsAmount(units[i].Text) && IsLaterColumn(units[i], layout)) laterCell = i;
        if (laterCell < 0) return (units, []);

        var amountRows = units.Skip(laterCell)
            .Where(u => u.FromSplitLine)
            .GroupBy(u => u.FirstLine)
            .Where(g => g.Count() >= 2 && g.All(u => CellShapes.IsAmount(u.Text)))
            .Select(g => g.Key)
            .ToHashSet();
        var stray = units.Skip(laterCell).Where(u => u.FromSplitLine && amountRows.Contains(u.FirstLine)).ToList();
        return stray.Count == 0 ? (units, []) : (units.Except(stray).ToList(), stray);
    }

    private static bool IsLaterColumn(BodyUnit unit, PdfTableLayout layout) =>
        new[] { BodyColumn.Procedure, BodyColumn.PaymentMethod, BodyColumn.Phone }
            .Any(c => layout.Position(c) >= 0 && ColumnAligner.Score(unit, c, layout) > 0);
}
