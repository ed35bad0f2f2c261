using SiteGen.Content.Model;

namespace SiteGen.Content.Validation;

/// <summary>Questions about the region tree.</summary>
public static class RegionTree
{
    public static bool IsSelfOrAncestor(string candidate, string region, IReadOnlyDictionary<string, Region> byId)
    {
        var current = region;
        for (var guard = 0; current is not null && guard < 64; guard++)
        {
            if (current == candidate) return true;
            current = byId.TryGetValue(current, out var r) ? r.Parent : null;
        }
        return false;
    }
}
