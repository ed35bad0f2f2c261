namespace SiteGen.Import.Readers.PdfTable;

/// <summary>
/// Assigns body units to the layout's columns, in column order, by the cheapest path: each unit scores for the columns
/// its shape fits, and moving on to a later column costs little after a blank line and a lot in the middle of a paragraph.
/// Columns may be skipped (empty or merged cells) at a small cost.
/// </summary>
internal static class ColumnAligner
{
    private const double MismatchCost = 1.0;

    public static IReadOnlyList<BodyColumn> Align(IReadOnlyList<BodyUnit> units, PdfTableLayout layout)
    {
        var columns = layout.Columns;
        if (units.Count == 0) return [];
        var best = new double[units.Count, columns.Count];
        var from = new int[units.Count, columns.Count];
        for (var c = 0; c < columns.Count; c++)
            best[0, c] = Score(units[0], columns[c], layout) - SkipCost(columns, 0, c);

        for (var u = 1; u < units.Count; u++)
        {
            for (var c = 0; c < columns.Count; c++)
            {
                best[u, c] = double.NegativeInfinity;
                for (var p = 0; p <= c; p++)
                {
                    var move = p == c ? -StayCost(units[u].Link, columns[c]) : -AdvanceCost(units[u].Link) - SkipCost(columns, p + 1, c);
                    var total = best[u - 1, p] + move;
                    if (total > best[u, c]) { best[u, c] = total; from[u, c] = p; }
                }
                best[u, c] += Score(units[u], columns[c], layout);
            }
        }

        var last = 0;
        for (var c = 1; c < columns.Count; c++)
            if (best[units.Count - 1, c] > best[units.Count - 1, last]) last = c;
        var path = new BodyColumn[units.Count];
        for (var u = units.Count - 1; u >= 0; u--)
        {
            path[u] = columns[last];
            last = from[u, last];
        }
        return path;
    }

    /// <summary>How well a unit's shape fits a column; positive when the shape is that column's, negative when it is another's.</summary>
    public static double Score(BodyUnit unit, BodyColumn column, PdfTableLayout layout)
    {
        var fits = Fits(unit.Text, column);
        if (fits > 0) return fits;
        // Eligibility text often quotes amounts and procedures, so other shapes say nothing against it.
        if (column == BodyColumn.Eligibility) return 0;
        var fitsElsewhere = layout.Columns.Any(other => other != column && Fits(unit.Text, other) > 0);
        return fitsElsewhere ? -MismatchCost : 0;
    }

    private static double Fits(string text, BodyColumn column) => column switch
    {
        BodyColumn.Basis when CellShapes.Citation().IsMatch(text) => 3,
        BodyColumn.Basis when CellShapes.QuotedTitle().IsMatch(text) => 1.5,
        BodyColumn.Standard when CellShapes.IsAmount(text) => 2,
        BodyColumn.Procedure when CellShapes.ProcedureStep().IsMatch(text) => 2,
        BodyColumn.PaymentMethod when CellShapes.PaymentChannel().IsMatch(text) => 2.5,
        BodyColumn.PaymentTiming when CellShapes.IsTiming(text) => 2.5,
        BodyColumn.Phone when CellShapes.IsPhone(text) => 4,
        _ => 0,
    };

    /// <summary>
    /// Staying in a column after a blank line: the basis is one block of citations, so a second block is most likely the next cell;
    /// the standard is often followed by its share cells, which belong with it.
    /// </summary>
    private static double StayCost(UnitLink link, BodyColumn column) => link switch
    {
        UnitLink.NewBlock when column == BodyColumn.Basis => 2.0,
        UnitLink.NewBlock when column == BodyColumn.Standard => 0.3,
        UnitLink.NewBlock => 0.8,
        UnitLink.SameLine => 0.5,
        _ => 0,
    };

    private static double AdvanceCost(UnitLink link) => link == UnitLink.NextLine ? 1.2 : 0;

    /// <summary>
    /// Leaving a column empty. Basis, eligibility and standard are almost always filled, so skipping them must be earned
    /// by content; phone and notes are often empty.
    /// </summary>
    private static double SkipCost(IReadOnlyList<BodyColumn> columns, int from, int to)
    {
        var cost = 0.0;
        for (var c = from; c < to; c++)
            cost += columns[c] switch
            {
                BodyColumn.Basis or BodyColumn.Eligibility => 1.5,
                BodyColumn.Standard or BodyColumn.Procedure or BodyColumn.PaymentMethod => 1.0,
                BodyColumn.PaymentTiming or BodyColumn.Phone => 0.5,
                _ => 0.1,
            };
        return cost;
    }
}
