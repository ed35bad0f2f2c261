using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace SiteGen.Search.Analysis;

/// <summary>
/// Drops one-ideograph tokens (的, 和, 元 …): alone they match almost every programme. The bigram
/// field still covers them in context, and quantities keep units such as 元 attached to their number.
/// </summary>
public sealed class SingleCharFilter : FilteringTokenFilter
{
    private readonly ICharTermAttribute _term;

    public SingleCharFilter(Lucene.Net.Analysis.TokenStream input) : base(LuceneVersion.LUCENE_48, input)
    {
        _term = AddAttribute<ICharTermAttribute>();
    }

    protected override bool Accept() => !(_term.Length == 1 && CharClass.IsCjk(_term[0]));
}
