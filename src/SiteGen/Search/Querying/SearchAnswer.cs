namespace SiteGen.Search.Querying;

/// <summary>
/// A query's results (at most the number asked for), whether they are all it matches (false: a query about no place
/// met a clause cut to its head), how many results it has in all and how many of them are close matches.
/// </summary>
public sealed record SearchAnswer(IReadOnlyList<SearchHit> Hits, bool ReachesAll, int Count, int CloseCount);
