using SiteGen.Content;
using SiteGen.Content.Model;

namespace SiteGen.Import.Readers.Tabular;

/// <summary>
/// Refuses a table that cannot be a whole listing before any of it becomes content: no header row, a header with no
/// items under it, a row far wider than its header (a damaged file), or a last row cut short (a truncated file).
/// </summary>
internal static class TableShape
{
    // A row may carry a cell or two past its headings (kept as extra columns); twice as many cells as headings is damage.
    private const int WidestRowPerHeading = 2;
    // Enough rows to show the problem without burying every other message of the run.
    private const int MostRowsReported = 10;

    /// <param name="lines">The seed's lines (or spreadsheet rows) as cells, read only to explain a table without items.</param>
    public static void Check(string file, IEnumerable<(int Line, IReadOnlyList<string> Cells)> lines, IReadOnlyList<RawRow> rows)
    {
        var diagnostics = rows.Count == 0 ? [NoItems(file, lines.ToList())] : TooWide(file, rows).Concat(CutShort(file, rows, lines)).ToList();
        if (diagnostics.Count > 0) throw new ContentException(diagnostics);
    }

    private static Diagnostic NoItems(string file, IReadOnlyList<(int Line, IReadOnlyList<string> Cells)> lines)
    {
        if (lines.FirstOrDefault(l => TableHeader.TryParse(l.Cells, l.Line) is not null) is { Cells: not null } header)
            return At(file, header.Line, "column headings but no items under them: the file holds only its header; use the complete listing as published");
        var candidates = lines.Where(l => TableHeader.KnownHeadings(l.Cells) >= 2).ToList();
        if (candidates.Count > 0 && candidates.MaxBy(l => TableHeader.KnownHeadings(l.Cells)) is var closest)
            return At(file, closest.Line, $"no header row of column headings: this row comes closest, but it has {string.Join("; ", TableHeader.Shortfalls(closest.Cells))}");
        var titles = ColumnNames.HeadingsFor(ListingField.Title);
        return At(file, 1, $"no header row of column headings: a listing's table starts with a row naming its columns, with a title column " +
            $"({string.Join("、", titles)}) and at least two more of {string.Join("、", ColumnNames.All.Except(titles))}");
    }

    private static IEnumerable<Diagnostic> TooWide(string file, IReadOnlyList<RawRow> rows)
    {
        var wide = rows.Where(r => Width(r) > r.Header.Count * WidestRowPerHeading).ToList();
        foreach (var row in wide.Take(MostRowsReported))
            yield return At(file, row.FirstLine, $"this row has {Width(row)} cells, but the column headings on line {row.Header.Line} name {row.Header.Count} columns: " +
                "the file is damaged, or this row is not part of the table");
        if (wide.Count > MostRowsReported)
            yield return At(file, wide[MostRowsReported].FirstLine, $"and {wide.Count - MostRowsReported} more rows as wide after this one");
    }

    /// <summary>
    /// Text cut off mid-row leaves the last row with fewer cells than its header. When the cut row follows a whole one it is
    /// joined to it as if wrapped, and then shows as cells past the header on a row of several lines.
    /// </summary>
    private static IEnumerable<Diagnostic> CutShort(string file, IReadOnlyList<RawRow> rows, IEnumerable<(int Line, IReadOnlyList<string> Cells)> lines)
    {
        var last = rows[^1];
        var joinedOn = last.LastLine > last.FirstLine && Width(last) > last.Header.Count;
        if (last.Cells.Count >= last.Header.Count && !joinedOn) yield break;
        var cells = joinedOn ? lines.Last(l => l.Line <= last.LastLine).Cells.Count : last.Cells.Count;
        yield return At(file, last.LastLine, $"the last item is cut short: it has {cells} of the {last.Header.Count} columns " +
            $"named on line {last.Header.Line}, so the file looks truncated; use the complete file as published");
    }

    /// <summary>The cells up to the last one with text: empty cells at the end of a row carry nothing.</summary>
    private static int Width(RawRow row)
    {
        for (var i = row.Cells.Count - 1; i >= 0; i--)
            if (row.Cells[i].Trim().Length > 0) return i + 1;
        return 0;
    }

    private static Diagnostic At(string file, int line, string message) => new(new SourceSpan(file, line, 1), message);
}
