using Lucene.Net.Analysis;

namespace SiteGen.Search.Analysis;

/// <summary>
/// Stacks on a word the lexicon joined the shorter content words inside it that are none of its
/// pieces (<see cref="LexiconMap.InnerWords"/>), so a reader who types part of a long name (护理补贴 in
/// 重度残疾人护理补贴) still matches it.
/// </summary>
public sealed class InnerWordsFilter(TokenStream input, LexiconMap lexicon) : StackingFilter(input)
{
    // SynonymFilter types the words it joins so.
    private const string Joined = "SYNONYM";

    protected override IEnumerable<(string, int, int, string)> Stack()
    {
        if (Type.Type != Joined) return [];
        var start = Offset.StartOffset;
        return lexicon.InnerWords(Term.ToString()).Select(w => (w.Word, start + w.Start, start + w.Start + w.Word.Length, Joined));
    }
}
