using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using SiteGen.Concurrency;

namespace SiteGen.Search.Analysis;

/// <summary>
/// The content's own words (<see cref="DomainLexicon"/>) as a Lucene <see cref="SynonymMap"/> from the
/// pieces SmartCn cuts each into to the whole word (低 保 → 低保, 一 卡通 → 一卡通), the pieces kept. A
/// word SmartCn already keeps whole needs no entry. The filter joins the longest word at a place, so
/// <see cref="InnerWords"/> lists the shorter words inside each joined word that are no piece of it
/// (护理补贴 inside 重度残疾人护理补贴), for <see cref="InnerWordsFilter"/> to add.
/// </summary>
public sealed class LexiconMap
{
    private readonly Dictionary<string, IReadOnlyList<(string Word, int Start)>> _inner;

    private LexiconMap(SynonymMap map, Dictionary<string, IReadOnlyList<(string, int)>> inner)
    {
        Map = map;
        _inner = inner;
    }

    public SynonymMap Map { get; }

    /// <summary>The words inside a joined word, with their start in it, that are not one of its pieces.</summary>
    public IReadOnlyList<(string Word, int Start)> InnerWords(string joined) => _inner.TryGetValue(joined, out var w) ? w : [];

    public static LexiconMap Build(IEnumerable<string> words, Folding folding)
    {
        var builder = new SynonymMap.Builder(dedup: true);
        var all = words.Select(folding.Fold).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var known = all.ToHashSet(StringComparer.Ordinal);
        var inner = new Dictionary<string, IReadOnlyList<(string, int)>>(StringComparer.Ordinal);
        // Segmenting each word is the costly part and independent per word: done on every core, used in order.
        var segmented = InParallel.Map(all, Pieces);
        for (var w = 0; w < all.Count; w++)
        {
            var word = all[w];
            var pieces = segmented[w];
            if (pieces.Count < 2) continue;
            builder.Add(SynonymMap.Builder.Join(pieces.ToArray(), new CharsRef()), new CharsRef(word), includeOrig: true);
            var pieceSpans = new HashSet<(int, int)>();
            var at = 0;
            foreach (var piece in pieces) { pieceSpans.Add((at, piece.Length)); at += piece.Length; }
            var found = new List<(string, int)>();
            for (var i = 0; i < word.Length; i++)
                for (var n = 2; i + n <= word.Length; n++)
                    if (n < word.Length && known.Contains(word.Substring(i, n)) && !pieceSpans.Contains((i, n))) found.Add((word.Substring(i, n), i));
            if (found.Count > 0) inner[word] = found;
        }
        return new LexiconMap(builder.Build(), inner);
    }

    /// <summary>SmartCn's tokens of one folded word.</summary>
    public static IReadOnlyList<string> Pieces(string word)
    {
        var pieces = new List<string>();
        using var tokenizer = new SmartCnTokenizer(new StringReader(word));
        var term = tokenizer.AddAttribute<ICharTermAttribute>();
        tokenizer.Reset();
        while (tokenizer.IncrementToken()) pieces.Add(term.ToString());
        tokenizer.End();
        return pieces;
    }
}
