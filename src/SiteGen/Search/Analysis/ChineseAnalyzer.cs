using Lucene.Net.Analysis;

namespace SiteGen.Search.Analysis;

/// <summary>
/// Index-time analyzer of the word fields: dictionary segmentation, sub-words of long words,
/// number+unit quantities, then single ideographs dropped. Synonyms are expanded at query time
/// instead (see <see cref="QueryAnalyzer"/>), so the index statistics describe the text as written.
/// </summary>
public sealed class ChineseAnalyzer(WordDictionary dictionary) : Analyzer
{
    private readonly DagSegmenter _segmenter = new(dictionary);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new ChineseWordTokenizer(reader, _segmenter);
        TokenStream stream = new SubwordFilter(tokenizer, dictionary);
        stream = new QuantityFilter(stream);
        stream = new SingleCharFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
