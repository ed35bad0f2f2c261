namespace SiteGen.Import.Readers.PdfTable;

/// <summary>
/// Whether lines can be one wrapped cell: a PDF fills every line but the last to the column's width,
/// so all but the last line are the same width and the last is no wider.
/// </summary>
internal static class WrapWidths
{
    // One ASCII character of slack: a digit or Latin letter can leave a line one unit short.
    private const int Slack = 1;

    public static bool FormOneCell(IReadOnlyList<string> lines)
    {
        if (lines.Count <= 1) return true;
        var width = DisplayWidth.Of(lines[0]);
        for (var i = 1; i < lines.Count - 1; i++)
            if (Math.Abs(DisplayWidth.Of(lines[i]) - width) > Slack) return false;
        return DisplayWidth.Of(lines[^1]) <= width + Slack;
    }
}
