namespace SiteGen.Search.Querying;

/// <summary>
/// One part of a query: a word with its synonyms (a programme scores the best of them, all weighed
/// as the group's most common word), or one bigram of text that matched no word.
/// <see cref="ScoreKey"/> names the clause's postings in the export.
/// </summary>
public sealed record QueryClause(bool IsGram, IReadOnlyList<string> Terms)
{
    public static string Key(bool isGram, string term) => (isGram ? "g:" : "w:") + term;

    /// <summary>Postings key of a word expanded with its synonym groups.</summary>
    public static string SynonymKey(string word) => "s:" + word;

    /// <summary>True for a word that brought synonyms along.</summary>
    public bool HasSynonyms => !IsGram && Terms.Count > 1;

    /// <summary>The one postings list this clause adds up: s:word, w:word or g:gram.</summary>
    public string ScoreKey => HasSynonyms ? SynonymKey(Terms[0]) : Key(IsGram, Terms[0]);
}
