using Lucene.Net.Analysis;

namespace SiteGen.Search.Analysis;

/// <summary>Stacks the other words of a token's synonym groups on it (低保 → 最低生活保障).</summary>
public sealed class SynonymExpansionFilter(TokenStream input, SynonymTable synonyms) : StackingFilter(input)
{
    protected override IEnumerable<(string, int, int, string)> Stack()
    {
        if (Type.Type is TokenTypes.Gram or TokenTypes.Synonym or TokenTypes.Pinyin) return [];
        var start = Offset.StartOffset;
        var end = Offset.EndOffset;
        return synonyms.VariantsOf(Term.ToString()).Select(v => (v, start, end, TokenTypes.Synonym));
    }
}
