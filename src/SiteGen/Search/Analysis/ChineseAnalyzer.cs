using Lucene.Net.Analysis;
using Lucene.Net.Analysis.CharFilters;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Util;

namespace SiteGen.Search.Analysis;

/// <summary>
/// Index-time analyzer of the word fields: folding (<see cref="Folding"/>), SmartCn's HMM word
/// segmentation, punctuation dropped (SmartCn's stop set), the content's own words joined back
/// (<see cref="LexiconMap"/>, the pieces kept) with the shorter ones inside them, token classes, then
/// number+unit quantities. Synonyms are
/// expanded at query time instead (see <see cref="QueryAnalyzer"/>), so the index statistics describe
/// the text as written.
/// </summary>
public sealed class ChineseAnalyzer(LexiconMap lexicon, Folding folding) : Analyzer
{
    protected override TextReader InitReader(string fieldName, TextReader reader) => new MappingCharFilter(folding.CharMap, reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new SmartCnTokenizer(reader);
        TokenStream stream = new StopFilter(LuceneVersion.LUCENE_48, tokenizer, SmartChineseAnalyzer.DefaultStopSet);
        if (lexicon.Map.Fst is not null) stream = new InnerWordsFilter(new SynonymFilter(stream, lexicon.Map, ignoreCase: false), lexicon);
        return new TokenStreamComponents(tokenizer, new QuantityFilter(new TokenClassFilter(stream)));
    }
}
