using System.Globalization;
using System.Text.RegularExpressions;

namespace SiteGen.Import.Readers.PdfTable;

/// <summary>
/// Cuts the seed into items by the running 序号: a line that starts with the next expected number opens an item;
/// any other number at the start of a line is cell content.
/// </summary>
internal static partial class ItemBoundaries
{
    [GeneratedRegex(@"^\s*(\d{1,3})(?:\s+\S.*)?$")]
    private static partial Regex NumberLine();

    public static bool IsNumberLine(string text) => NumberLine().IsMatch(text);

    public static IReadOnlyList<ItemSpan> Find(IReadOnlyList<SourceLine> lines, PageHeaders headers)
    {
        var starts = new List<(int Index, int Number)>();
        int? expected = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var match = NumberLine().Match(lines[i].Text);
            if (!match.Success) continue;
            var number = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            if (expected is null || number == expected)
            {
                starts.Add((i, number));
                expected = number + 1;
            }
        }

        var items = new List<ItemSpan>();
        for (var s = 0; s < starts.Count; s++)
        {
            var end = s + 1 < starts.Count ? starts[s + 1].Index : lines.Count;
            items.Add(Span(lines, starts[s].Index, end, starts[s].Number, headers));
        }
        return items;
    }

    private static ItemSpan Span(IReadOnlyList<SourceLine> lines, int start, int end, int number, PageHeaders headers)
    {
        var last = end - 1;
        // Trailing blank and header lines belong to the page break, not to the item.
        while (last > start && (lines[last].IsBlank || headers.IsHeader(lines[last].Text))) last--;

        var kept = new List<SourceLine>();
        var dropped = new List<int>();
        for (var i = start; i <= last; i++)
        {
            if (headers.IsHeader(lines[i].Text))
            {
                dropped.Add(lines[i].Number);
                kept.Add(lines[i] with { Text = string.Empty });
            }
            else kept.Add(lines[i]);
        }
        return new ItemSpan(number.ToString(CultureInfo.InvariantCulture), lines[start].Number, lines[last].Number, kept, dropped);
    }
}
