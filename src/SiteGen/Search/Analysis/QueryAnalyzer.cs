using Lucene.Net.Analysis;

namespace SiteGen.Search.Analysis;

/// <summary>Query analyzer: maximum matching against the index vocabulary, then synonym expansion.</summary>
public sealed class QueryAnalyzer(QueryVocabulary vocabulary, SynonymTable synonyms) : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new MaxMatchTokenizer(reader, vocabulary);
        return new TokenStreamComponents(tokenizer, new SynonymExpansionFilter(tokenizer, synonyms));
    }
}
