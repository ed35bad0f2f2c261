namespace SiteGen.Search.Querying;

/// <summary>A query's results, and whether they are all it matches (false: a query about no place met a clause cut to its head).</summary>
public sealed record SearchAnswer(IReadOnlyList<SearchHit> Hits, bool ReachesAll);
