using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SiteGen.Search.Analysis;

/// <summary>
/// Types each token by what it is made of (ideographs: a word; digits: a number that may take a unit;
/// letters and digits: an alphanumeric run), for the filters after it. SmartCn types every token alike.
/// </summary>
public sealed class TokenClassFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly ITypeAttribute _type;

    public TokenClassFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        var term = _term.ToString();
        _type.Type = CharClass.IsNumber(term) ? TokenTypes.Number
            : term.Length > 0 && CharClass.IsCjk(term[0]) ? TokenTypes.Word
            : TokenTypes.Alnum;
        return true;
    }
}
