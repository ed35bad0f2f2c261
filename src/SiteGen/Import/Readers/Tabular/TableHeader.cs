namespace SiteGen.Import.Readers.Tabular;

/// <summary>A listing's header row: the column headings in order, and the line (or spreadsheet row) it was found on.</summary>
internal sealed record TableHeader(IReadOnlyList<string> Headings, int Line)
{
    // A header must name a title column and enough other known columns that an ordinary data row
    // (which may hold a heading word inside a sentence) is never mistaken for one.
    private const int MinimumKnownHeadings = 3;

    public int Count => Headings.Count;

    /// <summary>The header a row of cells spells, or null when the cells are not a header.</summary>
    public static TableHeader? TryParse(IReadOnlyList<string> cells, int line)
    {
        var headings = cells.Select(c => c.Trim()).ToList();
        while (headings.Count > 0 && headings[^1].Length == 0)
            headings.RemoveAt(headings.Count - 1);

        var fields = headings.Select(h => h.Length == 0 ? null : ColumnNames.Lookup(h)).ToList();
        var known = fields.Count(f => f is not null);
        var blank = headings.Count(h => h.Length == 0);
        var isHeader = known >= MinimumKnownHeadings
            && blank == 0
            && known * 2 > headings.Count
            && fields.Contains(ListingField.Title);
        return isHeader ? new TableHeader(headings, line) : null;
    }

    /// <summary>The column index of the first heading standing for <paramref name="field"/>, or -1.</summary>
    public int IndexOf(ListingField field)
    {
        for (var i = 0; i < Headings.Count; i++)
            if (ColumnNames.Lookup(Headings[i]) == field)
                return i;
        return -1;
    }
}
