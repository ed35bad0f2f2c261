namespace SiteGen.Search.Analysis;

/// <summary>
/// The words a query is matched against: every term of two or more characters of the index's word
/// fields plus every synonym, and the query stop words (matched like words so they take their
/// characters, then dropped). A single ideograph of the index is no vocabulary word: it is searched only when
/// it is left over alone; one that the synonyms name (羊 among the livestock words) is a word like any other. Synonym words stay whole: 孤寡老人 is its group's concept, not also a separate 老人.
/// Letters that are no word are matched against <see cref="Pinyin"/>.
/// The browser receives the same lists (words/NNN.js, pinyin/NNN.js, the manifest's synonym groups and stop words).
/// </summary>
public sealed class QueryVocabulary
{
    private readonly HashSet<string> _words;
    private readonly HashSet<string> _stopWords;
    private readonly HashSet<string> _wholeWords;

    /// <param name="words">Words to match.</param>
    /// <param name="stopWords">Words matched, then dropped.</param>
    /// <param name="wholeWords">Words matched and never cut into sub-words (the synonym words: each names a concept of its own).</param>
    /// <param name="pinyin">The pinyin forms of the names and synonyms, and the words each stands for.</param>
    public QueryVocabulary(IEnumerable<string> words, IEnumerable<string>? stopWords = null, IEnumerable<string>? wholeWords = null, PinyinWords? pinyin = null)
    {
        Pinyin = pinyin ?? PinyinWords.Empty;
        _wholeWords = new HashSet<string>((wholeWords ?? []).Select(Folding.Default.Fold), StringComparer.Ordinal);
        _stopWords = new HashSet<string>((stopWords ?? []).Select(Folding.Default.Fold).Where(w => w.Length > 0), StringComparer.Ordinal);
        _words = new HashSet<string>(words.Select(Folding.Default.Fold).Where(w => !(w.Length == 1 && CharClass.IsCjk(w[0])) || _wholeWords.Contains(w)), StringComparer.Ordinal);
        _words.UnionWith(_stopWords);
        MaxLength = _words.Count == 0 ? 0 : _words.Max(w => w.Length);
    }

    public int MaxLength { get; }

    public PinyinWords Pinyin { get; }

    public bool Contains(string word) => _words.Contains(word);

    /// <summary>True for a query stop word: matched, then left out of the query.</summary>
    public bool IsStopWord(string word) => _stopWords.Contains(word);

    /// <summary>True for a word that is not followed by its sub-words.</summary>
    public bool IsWhole(string word) => _wholeWords.Contains(word);
}
