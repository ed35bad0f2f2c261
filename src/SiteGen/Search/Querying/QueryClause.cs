namespace SiteGen.Search.Querying;

/// <summary>
/// One part of a query: a word with its synonyms (a programme scores the best of them, all weighed
/// as the group's most common word), one bigram of text that matched no word, or pinyin typed for a
/// name: its form first, then the words it is searched as (<see cref="Analysis.PinyinWords"/>), or an age the
/// query states, as the terms of the age conditions covering it.
/// <see cref="ScoreKey"/> names the clause's postings in the export.
/// </summary>
public sealed record QueryClause(ClauseKind Kind, IReadOnlyList<string> Terms)
{
    public static string Key(ClauseKind kind, string term) => kind switch
    {
        ClauseKind.Gram => "g:",
        ClauseKind.Pinyin => "p:",
        ClauseKind.Age => "a:",
        _ => "w:",
    } + term;

    /// <summary>Postings key of a word expanded with its synonym groups.</summary>
    public static string SynonymKey(string word) => "s:" + word;

    /// <summary>True for a word that brought synonyms along.</summary>
    public bool HasSynonyms => Kind == ClauseKind.Word && Terms.Count > 1;

    /// <summary>Postings key of the age clause whose terms are <paramref name="terms"/>.</summary>
    public static string AgeKey(IEnumerable<string> terms) => Key(ClauseKind.Age, string.Join("+", terms));

    /// <summary>The one postings list this clause adds up: s:word, w:word, g:gram, p:pinyin or a:ranges.</summary>
    public string ScoreKey => HasSynonyms ? SynonymKey(Terms[0]) : Kind == ClauseKind.Age ? AgeKey(Terms) : Key(Kind, Terms[0]);
}
