using System.Text.RegularExpressions;

namespace SiteGen.Import.Readers.PdfTable;

/// <summary>Recognises the lines a PDF repeats at each page break: column headings, the share sub-heading, 附件 marks and the list title.</summary>
internal sealed partial class PageHeaders(IReadOnlySet<string> titles)
{
    private static readonly string[] ShareLabels = ["合计", "中央", "省级", "市级", "县级"];

    [GeneratedRegex(@"^附件\s*\d+$")]
    private static partial Regex AttachmentMark();

    /// <summary>Lines before the first item that are neither headings nor blank are the list's title, which page breaks may repeat.</summary>
    public static PageHeaders FromPreamble(IEnumerable<SourceLine> preamble) =>
        new(preamble.Select(l => Normalise(l.Text)).Where(t => t.Length > 0 && !IsHeading(t)).ToHashSet(StringComparer.Ordinal));

    public bool IsHeader(string text)
    {
        var normalised = Normalise(text);
        return normalised.Length > 0 && (IsHeading(normalised) || titles.Contains(normalised));
    }

    public static bool IsShareHeading(string text) =>
        Tokens(text).SequenceEqual(ShareLabels, StringComparer.Ordinal);

    /// <summary>The column headings a line prints, or none when it is not a line of column headings.</summary>
    public static IReadOnlyList<string> ColumnHeadings(string text)
    {
        var tokens = Tokens(text);
        return tokens.Length > 0 && tokens.All(token => ColumnNames.Lookup(token) is not null) ? tokens : [];
    }

    private static bool IsHeading(string text) =>
        AttachmentMark().IsMatch(text)
        || IsShareHeading(text)
        || Tokens(text).All(token => ColumnNames.Lookup(token) is not null);

    private static string[] Tokens(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private static string Normalise(string text) => CellShapes.Whitespace().Replace(text.Trim(), " ");
}
