using SiteGen.Content.Model;

namespace SiteGen.Content;

/// <summary>
/// The region tree, for questions about ancestry. Validation, the site model and search all ask them, so the
/// walk up the tree lives here once. It stops at an unknown parent or a loop (validation reports those).
/// </summary>
public sealed class RegionTree
{
    private readonly Dictionary<string, Region> _byId = new(StringComparer.Ordinal);

    public RegionTree(IEnumerable<Region> regions)
    {
        // Should an id repeat, the first record wins; validation reports the duplicate.
        foreach (var region in regions) _byId.TryAdd(region.Id, region);
    }

    public IReadOnlyDictionary<string, Region> ById => _byId;

    /// <summary>The region and its ancestors, nearest first; empty for an unknown id.</summary>
    public IReadOnlyList<Region> Chain(string id)
    {
        var chain = new List<Region>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (string? current = id; current is not null && seen.Add(current) && _byId.TryGetValue(current, out var region); current = region.Parent)
            chain.Add(region);
        return chain;
    }

    /// <summary>True when <paramref name="regionId"/> is <paramref name="ancestorId"/> or lies within it.</summary>
    public bool IsWithin(string regionId, string ancestorId) => Chain(regionId).Any(r => r.Id == ancestorId);
}
