using Lucene.Net.Analysis;
using Lucene.Net.Analysis.CharFilters;

namespace SiteGen.Search.Analysis;

/// <summary>Analyzer of the age field: folding, then the text's age conditions as range terms (<see cref="AgeRangeTokenizer"/>).</summary>
public sealed class AgeAnalyzer(Folding folding) : Analyzer
{
    protected override TextReader InitReader(string fieldName, TextReader reader) => new MappingCharFilter(folding.CharMap, reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new AgeRangeTokenizer(reader));
}
