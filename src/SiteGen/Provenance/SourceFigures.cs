namespace SiteGen.Provenance;

/// <summary>
/// The figures of one stretch of a source. PDF extraction breaks numbers and 文号 across lines, so the
/// stretch is read both as written and with all white space removed.
/// </summary>
public sealed class SourceFigures
{
    private readonly HashSet<string> _numbers = new(StringComparer.Ordinal);
    private readonly HashSet<string> _documents = new(StringComparer.Ordinal);
    private readonly string _compact;

    public SourceFigures(string text)
    {
        _compact = Content.DocNumber.Clean(Figures.FoldDigits(text));
        _numbers.UnionWith(Figures.Numbers(text));
        _numbers.UnionWith(Figures.Numbers(_compact));
        // A source may write a figure in Chinese numerals and an editor in digits, or the other way round.
        _numbers.UnionWith(ChineseNumerals.Figures(_compact).Select(f => f.Value));
        // A prefix wrapped onto two lines reads whole only without the line break; an unwrapped one only with it.
        _documents.UnionWith(Figures.DocumentNumbers(text));
        _documents.UnionWith(Figures.DocumentNumbers(_compact));
    }

    public bool HasNumber(string number) => _numbers.Contains(number);

    public bool HasPhone(string phone) => _compact.Contains(Content.DocNumber.Clean(phone), StringComparison.Ordinal);

    public bool HasDocument(string number) => _documents.Contains(number);
}
