namespace SiteGen.Provenance;

/// <summary>
/// The figures of one stretch of a source. PDF extraction breaks numbers and 文号 across lines, so the
/// stretch is read both as written and with all white space removed.
/// </summary>
public sealed partial class SourceFigures
{
    private readonly HashSet<string> _numbers = new(StringComparer.Ordinal);
    private readonly HashSet<string> _documents = new(StringComparer.Ordinal);
    private readonly string _compact;

    public SourceFigures(string text)
    {
        _compact = Content.DocNumber.Clean(Figures.FoldDigits(text));
        _numbers.UnionWith(Figures.Numbers(text));
        _numbers.UnionWith(Figures.Numbers(_compact));
        // A source that runs a numbered list into one cell glues the number to the figure ("2.90（含）周岁" is item 2,
        // 90 周岁); an editor who separates them writes 90, which must be found too.
        _numbers.UnionWith(GluedListNumbers(text));
        _numbers.UnionWith(GluedListNumbers(_compact));
        // A source may write a figure in Chinese numerals and an editor in digits, or the other way round.
        _numbers.UnionWith(ChineseNumerals.Figures(_compact).Select(f => f.Value));
        // "1.2万元" is 12000 元: an editor or a rule may give the amount in 元.
        _numbers.UnionWith(TenThousands(_compact));
        // A prefix wrapped onto two lines reads whole only without the line break; an unwrapped one only with it.
        _documents.UnionWith(Figures.DocumentNumbers(text));
        _documents.UnionWith(Figures.DocumentNumbers(_compact));
    }

    public bool HasNumber(string number) => _numbers.Contains(number);

    private static IEnumerable<string> TenThousands(string text) =>
        TenThousand().Matches(text).Select(m => Rules.Evaluation.Fraction.Parse(m.Groups["n"].Value) is { } f
            ? (f * Rules.Evaluation.Fraction.Of(10000)).ToDecimalString() : "").Where(s => s.Length > 0);

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<n>\d+(?:\.\d+)?)万")]
    private static partial System.Text.RegularExpressions.Regex TenThousand();

    private static IEnumerable<string> GluedListNumbers(string text) =>
        GluedListNumber().Matches(Figures.FoldDigits(text)).Select(m => m.Groups["figure"].Value);

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=^|[\s。；;：:，,、）)>])[1-9]\d?[.．](?<figure>\d+)")]
    private static partial System.Text.RegularExpressions.Regex GluedListNumber();

    public bool HasPhone(string phone) => _compact.Contains(Content.DocNumber.Clean(phone), StringComparison.Ordinal);

    public bool HasDocument(string number) => _documents.Contains(number);
}
