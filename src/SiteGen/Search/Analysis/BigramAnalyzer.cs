using Lucene.Net.Analysis;

namespace SiteGen.Search.Analysis;

/// <summary>Analyzer of the recall field: ideograph bigrams only.</summary>
public sealed class BigramAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new BigramTokenizer(reader));
}
