using System.Net;
using System.Text;
using SiteGen.Rules.Evaluation;

namespace SiteGen.Rendering.Charts;

/// <summary>
/// Draws a <see cref="Chart"/> as inline SVG: one horizontal bar per value with its label above and the amount written
/// beside it, so no value is told by colour or length alone. It scales to the width of the page (viewBox, width 100%);
/// the coordinates are exact fractions written with invariant digits, so the same chart is the same bytes every build.
/// The SVG is an image with a name; the numbers are given to screen readers by the table that follows it.
/// </summary>
public static class BarChartSvg
{
    /// <summary>Drawing units across; at a phone's 300-odd CSS px of text column a unit is about one px.</summary>
    public const int Width = 320;
    /// <summary>Text size in drawing units: 15, so text stays at 14 px or more wherever the chart is 300 px wide or wider.</summary>
    public const int FontSize = 15;

    private const int LineHeight = 20;
    private const int BarHeight = 18;
    private const int Gap = 10;
    private const int ValueGap = 6;

    public static TrustedHtml Render(Chart chart, string id)
    {
        var bars = chart.Bars.ToList();
        var max = bars.Select(b => b.Value).Aggregate(Fraction.Zero, (m, v) => v.CompareTo(m) > 0 ? v : m);
        if (max.Sign <= 0) max = Fraction.One;
        var widestValue = bars.Count == 0 ? 0 : bars.Max(b => TextWidth.Ems(b.ValueText)) * FontSize;
        var barRoom = Fraction.Of(Width - ValueGap - (int)Math.Ceiling(widestValue));
        var maxEms = (double)Width / FontSize;

        var body = new StringBuilder();
        var y = 0;
        void Text(string text, int x, bool bold = false) =>
            body.Append($"<text x=\"{x}\" y=\"{y + LineHeight - 5}\"{(bold ? " font-weight=\"700\"" : "")}>{WebUtility.HtmlEncode(text)}</text>\n");
        foreach (var group in chart.Groups)
        {
            if (!group.IsSingle)
                foreach (var line in TextWidth.Wrap(group.Heading, maxEms)) { Text(line, 0, bold: true); y += LineHeight; }
            foreach (var bar in group.Bars)
            {
                var label = group.IsSingle ? group.Heading : bar.Label;
                foreach (var line in TextWidth.Wrap(label, maxEms)) { Text(line, 0, bold: group.IsSingle); y += LineHeight; }
                var length = bar.Value.Sign <= 0 ? Fraction.Zero : bar.Value * barRoom / max;
                body.Append($"<rect class=\"chart-bar\" x=\"0\" y=\"{y}\" width=\"{length.Round(1).Display()}\" height=\"{BarHeight}\" fill=\"#1d5aa6\"/>\n");
                var valueX = (length + Fraction.Of(ValueGap)).Round(1).Display();
                body.Append($"<text class=\"chart-value\" x=\"{valueX}\" y=\"{y + BarHeight - 4}\">{WebUtility.HtmlEncode(bar.ValueText)}</text>\n");
                y += BarHeight + Gap;
            }
            y += Gap;
        }
        var height = Math.Max(y, LineHeight);
        var name = WebUtility.HtmlEncode($"{chart.Label}（按{chart.Period}计）条形图");
        var desc = WebUtility.HtmlEncode($"每条横条右侧写着金额，共{bars.Count}项；同样的数据和换算见下表。");
        return new TrustedHtml(
            $"<svg class=\"chart\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" viewBox=\"0 0 {Width} {height}\" width=\"100%\" font-size=\"{FontSize}\" fill=\"currentColor\" xmlns=\"http://www.w3.org/2000/svg\">\n" +
            $"<title id=\"{id}-title\">{name}</title>\n<desc id=\"{id}-desc\">{desc}</desc>\n{body}</svg>");
    }
}
