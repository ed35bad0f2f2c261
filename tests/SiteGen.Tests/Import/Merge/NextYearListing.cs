using System.Text;
using ClosedXML.Excel;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Import.Merge;

/// <summary>
/// "Next year's 阳泉 list": the 2026 tab-separated listing (seeds/000_7a8de63cf1c3fd48.txt) as the spreadsheet a
/// department would send for 2027, with some texts changed, for tests that replay a re-import on the real content.
/// <para>
/// The spreadsheet keeps the seed's layout row for row: row N (for .csv, physical line N) holds line N's cells, blank
/// lines stay blank rows, and the page titles and repeated header rows stay where the pages broke. So the importer sees
/// the same programmes in the same order, with the same source lines, the same page breaks (which department carry-over
/// reports) and the same damaged rows (a row shifted one column left, a cell written twice) that its aligner repairs.
/// Every cell's text is the seed's, Markdown heading marks on the title lines included, except for the replacements.
/// </para>
/// </summary>
public static class NextYearListing
{
    public const string SeedFile = "000_7a8de63cf1c3fd48.txt";
    public const string Title = "2027年阳泉市社会救助惠民政策清单";
    public const int Year = 2027;

    /// <summary>The name the listing is installed under in seeds/: yangquan-2027.csv or yangquan-2027.xlsx.</summary>
    public static string FileName(string format) => $"yangquan-{Year}.{CheckFormat(format)}";

    /// <summary>
    /// The listing as RFC 4180 CSV text (CRLF line ends, fields quoted only where they hold a comma, a quote, a line
    /// break or edge spaces). Each replacement key is replaced by its value in every cell it occurs in.
    /// </summary>
    /// <exception cref="ArgumentException">A replacement key occurs in no cell (or is empty).</exception>
    public static string Csv(IReadOnlyDictionary<string, string> replacements)
    {
        var text = new StringBuilder();
        var rows = Rows(replacements);
        for (var r = 0; r < rows.Count; r++)
        {
            if (r > 0) text.Append("\r\n");
            text.AppendJoin(',', rows[r].Select(CsvField));
        }
        return text.ToString();
    }

    /// <summary>
    /// The listing as an .xlsx workbook with one worksheet, every non-empty cell a text cell (so 0353-2293698 and
    /// figures are never read as numbers or dates); blank cells and blank rows are left unset.
    /// </summary>
    /// <exception cref="ArgumentException">A replacement key occurs in no cell (or is empty).</exception>
    public static byte[] Xlsx(IReadOnlyDictionary<string, string> replacements)
    {
        var rows = Rows(replacements);
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("清单");
        for (var r = 0; r < rows.Count; r++)
            for (var c = 0; c < rows[r].Count; c++)
            {
                if (rows[r][c].Length == 0) continue;
                var cell = sheet.Cell(r + 1, c + 1);
                // Text type first, so ClosedXML 0.95 stores the string as it is instead of guessing a number or a date.
                cell.DataType = XLDataType.Text;
                cell.SetValue(rows[r][c]);
                cell.DataType = XLDataType.Text;
            }
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>
    /// Puts next year's list into <paramref name="site"/>: writes seeds/yangquan-2027.csv (or .xlsx) and points the
    /// 阳泉 entry of seeds/sources.yaml at it with <c>format: csv</c> (or <c>xlsx</c>), <c>year: 2027</c> and the 2027
    /// title; region, publisher, kind and prefix stay. The old tab-separated seed stays in seeds/, listed nowhere.
    /// </summary>
    /// <param name="format">"csv" or "xlsx".</param>
    public static void Install(TempSite site, string format, IReadOnlyDictionary<string, string> replacements)
    {
        var path = Path.Combine(site.Seeds, FileName(format));
        if (format == "csv")
            File.WriteAllText(path, Csv(replacements), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        else
            File.WriteAllBytes(path, Xlsx(replacements));

        var sources = Path.Combine(site.Seeds, "sources.yaml");
        File.WriteAllText(sources, RepointedEntry(File.ReadAllText(sources), format));
    }

    /// <summary>The seed's cells, line by line, with the replacements made.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Rows(IReadOnlyDictionary<string, string> replacements)
    {
        var rows = SeedRows();
        foreach (var (find, replace) in replacements)
        {
            if (find.Length == 0)
                throw new ArgumentException("a replacement key must not be empty", nameof(replacements));
            if (!rows.Any(row => row.Any(cell => cell.Contains(find, StringComparison.Ordinal))))
                throw new ArgumentException($"the replacement key “{find}” occurs in no cell of seeds/{SeedFile}", nameof(replacements));
            rows = rows.Select(row => row.Select(cell => cell.Replace(find, replace, StringComparison.Ordinal)).ToList()).ToList();
        }
        return rows;
    }

    /// <summary>The 2026 seed as lines of tab-separated cells, exactly as the tab-separated reader splits it.</summary>
    private static List<List<string>> SeedRows() =>
        File.ReadAllText(Seeds.PathOf(SeedFile)).ReplaceLineEndings("\n").Split('\n')
            .Select(line => line.Split('\t').ToList())
            .ToList();

    private static string CsvField(string cell) =>
        cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 || cell != cell.Trim()
            ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : cell;

    /// <summary>sources.yaml with only the 阳泉 entry changed; throws when the entry is not as the 2026 seeds have it.</summary>
    private static string RepointedEntry(string yaml, string format)
    {
        var newline = yaml.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var lines = yaml.ReplaceLineEndings("\n").Split('\n').ToList();
        var start = lines.FindIndex(l => l.TrimEnd() == $"  - file: {SeedFile}");
        if (start < 0)
            throw new InvalidOperationException($"seeds/sources.yaml has no entry for {SeedFile}");
        var end = lines.FindIndex(start + 1, l => l.StartsWith("  - ", StringComparison.Ordinal) || (l.Length > 0 && !l.StartsWith(' ')));
        if (end < 0) end = lines.Count;

        lines[start] = $"  - file: {FileName(format)}";
        Set("title", Title);
        Set("year", Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Set("format", format);
        Set("prefix", "yangquan", mustAlreadyBe: true);
        Set("region", "yangquan", mustAlreadyBe: true);
        return string.Join(newline, lines);

        void Set(string key, string value, bool mustAlreadyBe = false)
        {
            var matches = Enumerable.Range(start + 1, end - start - 1).Where(i => lines[i].StartsWith($"    {key}:", StringComparison.Ordinal)).ToList();
            if (matches.Count != 1)
                throw new InvalidOperationException($"the {SeedFile} entry of seeds/sources.yaml has {matches.Count} '{key}:' lines, expected one");
            var line = $"    {key}: {value}";
            if (mustAlreadyBe && lines[matches[0]].TrimEnd() != line)
                throw new InvalidOperationException($"the {SeedFile} entry of seeds/sources.yaml says '{lines[matches[0]].Trim()}', expected '{line.Trim()}'");
            lines[matches[0]] = line;
        }
    }

    private static string CheckFormat(string format) =>
        format is "csv" or "xlsx" ? format : throw new ArgumentException($"format must be csv or xlsx, not '{format}'", nameof(format));
}
