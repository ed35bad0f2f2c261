using Lucene.Net.Analysis;
using Lucene.Net.Analysis.CharFilters;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace SiteGen.Search.Analysis;

/// <summary>
/// Analyzer of the recall field: overlapping ideograph bigrams (Lucene's <see cref="CJKBigramFilter"/>
/// over the standard tokenizer), nothing else; a lone ideograph gives nothing. It finds words the
/// segmenter splits differently from the reader, at the cost of precision.
/// </summary>
public sealed class BigramAnalyzer(Folding folding) : Analyzer
{
    protected override TextReader InitReader(string fieldName, TextReader reader) => new MappingCharFilter(folding.CharMap, reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
        TokenStream stream = new CJKBigramFilter(tokenizer, CJKScript.HAN, outputUnigrams: false);
        stream = new TypeTokenFilter(LuceneVersion.LUCENE_48, stream, [CJKBigramFilter.DOUBLE_TYPE], useWhiteList: true);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
