namespace SiteGen.Import.Readers.PdfTable;

/// <summary>
/// Turns an item's body lines into units. A line that reaches its block's width was wrapped by the PDF, so the next line
/// (even after a blank line or page header) continues the same cell; a shorter line ends a paragraph or a cell.
/// Lines that print several cells side by side are split at their spaces.
/// </summary>
internal static class BodyUnitBuilder
{
    // Display units a wrapped line may fall short of the widest line in its block (a Latin word or figure that did not fit).
    private const int FullLineSlack = 2;

    public static IReadOnlyList<BodyUnit> Build(IReadOnlyList<string> cellsAfterLevel, int levelLine, IEnumerable<SourceLine> bodyLines)
    {
        var units = new List<BodyUnit>();
        foreach (var cell in cellsAfterLevel)
            units.Add(new BodyUnit(cell, levelLine, levelLine, units.Count == 0 ? UnitLink.First : UnitLink.SameLine, true, []));

        var previousLineFull = false;
        var previousWidth = 0;
        foreach (var block in Blocks(bodyLines))
        {
            var wholeLines = block.Where(l => !IsSideBySide(l.Text)).ToList();
            var blockWidth = wholeLines.Count >= 2 ? wholeLines.Max(l => DisplayWidth.Of(l.Text)) : int.MaxValue;
            for (var i = 0; i < block.Count; i++)
            {
                var line = block[i];
                var link = units.Count == 0 ? UnitLink.First : i == 0 ? UnitLink.NewBlock : UnitLink.NextLine;
                if (IsSideBySide(line.Text))
                {
                    var cells = Cells(line.Text);
                    for (var c = 0; c < cells.Count; c++)
                        units.Add(new BodyUnit(cells[c], line.Number, line.Number, c == 0 ? link : UnitLink.SameLine, true, []));
                    previousLineFull = false;
                    continue;
                }

                var text = Clean(line.Text);
                var continues = previousLineFull && units.Count > 0 && !units[^1].FromSplitLine
                    && DisplayWidth.Of(text) <= previousWidth + FullLineSlack && !CellShapes.IsPhone(text);
                if (continues)
                {
                    var before = units[^1];
                    var breaks = i == 0 ? [.. before.RejoinedAcrossBreak, line.Number] : before.RejoinedAcrossBreak;
                    units[^1] = before with { Text = WrapJoin.Join(before.Text, text), LastLine = line.Number, RejoinedAcrossBreak = breaks };
                }
                else units.Add(new BodyUnit(text, line.Number, line.Number, link, false, []));
                previousLineFull = DisplayWidth.Of(line.Text) >= blockWidth - FullLineSlack;
                previousWidth = blockWidth;
            }
        }
        return units;
    }

    /// <summary>A line holding several cells: more than one space-separated part, at least one of them a figure, phone or 文号.</summary>
    private static bool IsSideBySide(string text)
    {
        var cells = Cells(text);
        return cells.Count >= 2 && cells.Any(c => CellShapes.IsAmount(c) || CellShapes.IsPhone(c) || CellShapes.CitationNumber().IsMatch(c));
    }

    private static IEnumerable<List<SourceLine>> Blocks(IEnumerable<SourceLine> lines)
    {
        var block = new List<SourceLine>();
        foreach (var line in lines)
        {
            if (!line.IsBlank) { block.Add(line); continue; }
            if (block.Count > 0) yield return block;
            block = [];
        }
        if (block.Count > 0) yield return block;
    }

    private static List<string> Cells(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToList();

    private static string Clean(string text) => CellShapes.Whitespace().Replace(text.Trim(), " ");
}
