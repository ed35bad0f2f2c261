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
        var headings = Trimmed(cells);
        return Shortfalls(headings).Count == 0 ? new TableHeader(headings, line) : null;
    }

    /// <summary>How many cells are headings a listing may use: the row with the most is the one meant as the header.</summary>
    public static int KnownHeadings(IReadOnlyList<string> cells) => cells.Count(c => c.Trim().Length > 0 && ColumnNames.Lookup(c) is not null);

    /// <summary>Why the cells are not a header, in words for the editor; empty when they are one.</summary>
    public static IReadOnlyList<string> Shortfalls(IReadOnlyList<string> cells)
    {
        var headings = Trimmed(cells);
        var fields = headings.Select(h => h.Length == 0 ? null : ColumnNames.Lookup(h)).ToList();
        var known = fields.Count(f => f is not null);
        var reasons = new List<string>();
        if (!fields.Contains(ListingField.Title))
            reasons.Add($"no title column ({string.Join("、", ColumnNames.HeadingsFor(ListingField.Title))})");
        if (known < MinimumKnownHeadings)
            reasons.Add($"{known} known heading(s) where a header needs at least {MinimumKnownHeadings}");
        var blank = headings.FindIndex(h => h.Length == 0);
        if (blank >= 0)
            reasons.Add($"column {blank + 1} has no heading");
        if (known >= MinimumKnownHeadings && known * 2 <= headings.Count)
            reasons.Add($"most headings are not listing headings ({string.Join("、", headings.Where((h, i) => h.Length > 0 && fields[i] is null))})");
        return reasons;
    }

    private static List<string> Trimmed(IReadOnlyList<string> cells)
    {
        var headings = cells.Select(c => c.Trim()).ToList();
        while (headings.Count > 0 && headings[^1].Length == 0)
            headings.RemoveAt(headings.Count - 1);
        return headings;
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
