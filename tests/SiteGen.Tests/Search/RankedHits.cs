using SiteGen.Search.Querying;

namespace SiteGen.Tests.Search;

/// <summary>What the browser path reports of each hit (<see cref="BrowserSearch.Search"/>), to compare the two paths.</summary>
public static class RankedHits
{
    public static IReadOnlyList<(string Id, double Score, bool Close)> Ranked(this IEnumerable<SearchHit> hits) =>
        hits.Select(h => (h.Id, h.Score, h.Close)).ToList();
}
