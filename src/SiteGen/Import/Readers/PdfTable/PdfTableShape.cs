using SiteGen.Content;
using SiteGen.Content.Model;

namespace SiteGen.Import.Readers.PdfTable;

/// <summary>
/// Refuses PDF text that cannot be a whole listing before any of it becomes content: no numbered items, column headings
/// that lack columns the layout reads by position, lines with far more cells than the table has columns, or a last item
/// that stops columns before every other item does (a truncated file).
/// </summary>
internal static class PdfTableShape
{
    // 序号, 项目名称, 主管部门 and 政策级次 come before the body columns.
    private const int HeadColumns = 4;
    private const int ShareColumns = 4;
    // A wrapped line of PDF text splits into a few cells per column at most; this many times the columns is damage.
    private const int WidestLinePerColumn = 4;
    private const int MostLinesReported = 10;
    // One empty trailing cell is an ordinary listing; two or more that every other item fills mean the text stops early.
    private const int FewestMissingColumnsForTruncation = 2;

    public static void CheckLines(string file, IReadOnlyList<SourceLine> lines, IReadOnlyList<SourceLine> preamble, int items, PdfTableLayout layout)
    {
        var diagnostics = new List<Diagnostic>();
        var headings = preamble.Select(l => (l.Number, Headings: PageHeaders.ColumnHeadings(l.Text))).Where(h => h.Headings.Count > 0).ToList();
        if (items == 0)
            diagnostics.Add(headings.Count > 0
                ? At(file, headings[0].Number, "column headings but no numbered items under them: the file holds only its header; use the complete listing as published")
                : At(file, 1, "no numbered items: a pdf-table listing's items start with their 序号 (1, 2, 3 …) at the start of a line; check the format in sources.yaml"));
        if (headings.Count > 0 && Missing(headings.SelectMany(h => h.Headings), layout) is { Count: > 0 } missing)
            diagnostics.Add(At(file, headings[0].Number, $"the column headings lack {string.Join("、", missing)}, which this layout of listing reads by position; " +
                "check the format in sources.yaml, and that the headings were extracted whole"));
        diagnostics.AddRange(TooWide(file, lines, layout));
        if (diagnostics.Count > 0) throw new ContentException(diagnostics);
    }

    public static void CheckLastItem(string file, IReadOnlyList<ListingRow> rows, PdfTableLayout layout)
    {
        if (rows.Count < 3) return;
        var reach = rows.Select(r => LastFilledColumn(r, layout)).ToList();
        var othersReach = reach.SkipLast(1).Min();
        if (othersReach - reach[^1] < FewestMissingColumnsForTruncation) return;
        var missing = layout.Columns.Skip(reach[^1] + 1).Take(othersReach - reach[^1]).Select(PdfTableLayout.Heading);
        throw new ContentException([At(file, rows[^1].LastLine, $"the last item (序号 {rows[^1].Item}) is cut short: nothing in its {string.Join("、", missing)} " +
            "columns, which every other item fills, so the file looks truncated; use the complete file as published")]);
    }

    private static List<string> Missing(IEnumerable<string> headings, PdfTableLayout layout)
    {
        var present = headings.Select(ColumnNames.Lookup).OfType<ListingField>().ToHashSet();
        var expected = new List<(ListingField Field, string Heading)> { (ListingField.Title, "项目名称"), (ListingField.Level, "政策级次") };
        foreach (var column in layout.Columns)
            if (Field(column) is { } field) expected.Add((field, PdfTableLayout.Heading(column)));
        return expected.Where(e => !present.Contains(e.Field)).Select(e => e.Heading).ToList();
    }

    private static IEnumerable<Diagnostic> TooWide(string file, IReadOnlyList<SourceLine> lines, PdfTableLayout layout)
    {
        var columns = HeadColumns + layout.Columns.Count + (layout.HasShareColumns ? ShareColumns : 0);
        var wide = lines.Select(l => (l.Number, Cells: l.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length))
            .Where(l => l.Cells > columns * WidestLinePerColumn).ToList();
        foreach (var line in wide.Take(MostLinesReported))
            yield return At(file, line.Number, $"this line has {line.Cells} cells, but the listing has {columns} columns: the file is damaged, or this line is not part of the table");
        if (wide.Count > MostLinesReported)
            yield return At(file, wide[MostLinesReported].Number, $"and {wide.Count - MostLinesReported} more lines as wide after this one");
    }

    /// <summary>The position in the layout of the last body column the row has text in; -1 when it has none.</summary>
    private static int LastFilledColumn(ListingRow row, PdfTableLayout layout)
    {
        for (var i = layout.Columns.Count - 1; i >= 0; i--)
            if (!string.IsNullOrWhiteSpace(Text(row, layout.Columns[i]))) return i;
        return -1;
    }

    private static string? Text(ListingRow row, BodyColumn column) => column switch
    {
        BodyColumn.Basis => row.Basis,
        BodyColumn.Eligibility => row.Eligibility,
        BodyColumn.Standard => row.Standard,
        BodyColumn.FundingBurden => row.Extra.GetValueOrDefault(PdfTableLayout.Heading(BodyColumn.FundingBurden)),
        BodyColumn.Procedure => row.Procedure,
        BodyColumn.PaymentMethod => row.PaymentMethod,
        BodyColumn.PaymentTiming => row.PaymentTiming,
        BodyColumn.Phone => row.Phone,
        BodyColumn.Notes => row.Notes,
        _ => throw new ArgumentOutOfRangeException(nameof(column)),
    };

    /// <summary>The listing field a body column's heading stands for; 资金负担 has none of its own.</summary>
    private static ListingField? Field(BodyColumn column) => column switch
    {
        BodyColumn.Basis => ListingField.Basis,
        BodyColumn.Eligibility => ListingField.Eligibility,
        BodyColumn.Standard => ListingField.Standard,
        BodyColumn.Procedure => ListingField.Procedure,
        BodyColumn.PaymentMethod => ListingField.PaymentMethod,
        BodyColumn.PaymentTiming => ListingField.PaymentTiming,
        BodyColumn.Phone => ListingField.Phone,
        BodyColumn.Notes => ListingField.Notes,
        _ => null,
    };

    private static Diagnostic At(string file, int line, string message) => new(new SourceSpan(file, line, 1), message);
}
