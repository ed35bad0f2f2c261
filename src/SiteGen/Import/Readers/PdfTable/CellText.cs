namespace SiteGen.Import.Readers.PdfTable;

/// <summary>Joins the units of one cell: side-by-side parts of a line with a space, paragraphs with a line break.</summary>
internal static class CellText
{
    public static string? Join(IReadOnlyList<BodyUnit> units)
    {
        if (units.Count == 0) return null;
        var text = units[0].Text;
        foreach (var unit in units.Skip(1))
            text += (unit.Link == UnitLink.SameLine ? " " : "\n") + unit.Text;
        return text;
    }
}
