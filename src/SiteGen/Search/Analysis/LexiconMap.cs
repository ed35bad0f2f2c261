using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace SiteGen.Search.Analysis;

/// <summary>
/// The content's own words (<see cref="DomainLexicon"/>) as a Lucene <see cref="SynonymMap"/> from the
/// pieces SmartCn cuts each into to the whole word (低 保 → 低保, 一 卡通 → 一卡通), the pieces kept. A
/// word SmartCn already keeps whole needs no entry.
/// </summary>
public static class LexiconMap
{
    public static SynonymMap Build(IEnumerable<string> words, Folding folding)
    {
        var builder = new SynonymMap.Builder(dedup: true);
        foreach (var word in words.Select(folding.Fold).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var pieces = Pieces(word);
            if (pieces.Count < 2) continue;
            builder.Add(SynonymMap.Builder.Join(pieces.ToArray(), new CharsRef()), new CharsRef(word), includeOrig: true);
        }
        return builder.Build();
    }

    /// <summary>SmartCn's tokens of one folded word.</summary>
    public static IReadOnlyList<string> Pieces(string word)
    {
        var pieces = new List<string>();
        using var tokenizer = new HMMChineseTokenizer(new StringReader(word));
        var term = tokenizer.AddAttribute<ICharTermAttribute>();
        tokenizer.Reset();
        while (tokenizer.IncrementToken()) pieces.Add(term.ToString());
        tokenizer.End();
        return pieces;
    }
}
