namespace SiteGen.Search.Analysis;

/// <summary>
/// The words a query is matched against: every term of the index's word fields plus every synonym.
/// The browser receives the same list (vocab.js and the manifest's synonym groups).
/// </summary>
public sealed class QueryVocabulary
{
    private readonly HashSet<string> _words;

    public QueryVocabulary(IEnumerable<string> words)
    {
        _words = new HashSet<string>(words.Select(CharClass.Fold), StringComparer.Ordinal);
        MaxLength = _words.Count == 0 ? 0 : _words.Max(w => w.Length);
    }

    public int MaxLength { get; }

    public bool Contains(string word) => _words.Contains(word);
}
