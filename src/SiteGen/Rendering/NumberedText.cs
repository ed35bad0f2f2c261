using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Rendering;

/// <summary>
/// Text whose source runs a numbered list into one cell ("…如下：1.80（含）至89（含）周岁…；2.90…") shown as a list,
/// so a list number is never read as part of the figure after it (1.80 is item 1, 80 周岁). Only a run that starts
/// at 1 and counts up one by one becomes a list, and a number counts as a marker only at the start of the text or after
/// punctuation or a space, so amounts such as 1.5元 stay as they are.
/// </summary>
public static partial class NumberedText
{
    public static TrustedHtml Render(string? text)
    {
        var value = text ?? "";
        var markers = Markers(value);
        if (markers.Count < 2) return MarkdownRenderer.Lines(value);
        var html = new StringBuilder();
        var intro = value[..markers[0].Index].Trim();
        if (intro.Length > 0) html.Append("<span class=\"list-intro\">").Append(MarkdownRenderer.Lines(intro).Value).Append("</span>");
        html.Append("<ol class=\"numbered\">");
        for (var i = 0; i < markers.Count; i++)
        {
            var start = markers[i].Index + markers[i].Length;
            var end = i + 1 < markers.Count ? markers[i + 1].Index : value.Length;
            html.Append("<li>").Append(MarkdownRenderer.Lines(value[start..end].Trim()).Value).Append("</li>");
        }
        return new TrustedHtml(html.Append("</ol>").ToString());
    }

    /// <summary>The markers of the longest run 1, 2, 3 … found in order; empty when there is none.</summary>
    public static IReadOnlyList<(int Index, int Length, int Number)> Markers(string text)
    {
        var run = new List<(int, int, int)>();
        foreach (Match m in MarkerPattern().Matches(text))
        {
            var n = int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (n == run.Count + 1) run.Add((m.Index, m.Length, n));
        }
        return run.Count >= 2 ? run : [];
    }

    // "1." "1．" "1、" at the start or after punctuation or a space, and not inside a larger number; "（1）" "(1)" anywhere.
    [GeneratedRegex(@"(?<=^|[\s。；;：:，,、）)])(?<n>[1-9]\d?)[.．、](?!\d*[.．]\d)|[（(](?<n>[1-9]\d?)[）)]")]
    private static partial Regex MarkerPattern();
}
