namespace SiteGen.Search.Querying;

/// <summary>
/// One part of a query: a word with its synonyms (a programme scores the best of them), or one
/// bigram of text that matched no word. <see cref="Key"/> names a term's postings in the export.
/// </summary>
public sealed record QueryClause(bool IsGram, IReadOnlyList<string> Terms)
{
    public static string Key(bool isGram, string term) => (isGram ? "g:" : "w:") + term;

    public IEnumerable<string> Keys => Terms.Select(t => Key(IsGram, t));
}
