using Lucene.Net.Analysis;
using Lucene.Net.Analysis.CharFilters;

namespace SiteGen.Search.Analysis;

/// <summary>Query analyzer: folding as at index time, maximum matching against the index vocabulary, then synonym expansion.</summary>
public sealed class QueryAnalyzer(QueryVocabulary vocabulary, SynonymTable synonyms) : Analyzer
{
    protected override TextReader InitReader(string fieldName, TextReader reader) => new MappingCharFilter(Folding.Default.CharMap, reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new MaxMatchTokenizer(reader, vocabulary);
        return new TokenStreamComponents(tokenizer, new SynonymExpansionFilter(tokenizer, synonyms));
    }
}
