using SiteGen.Content.Model;

namespace SiteGen.Content;

/// <summary>
/// Completes the region tree of content/regions.yaml from the division table (content/places/divisions.csv).
/// Each region is matched to a row by name under its matched parent (by id when an editor renamed it), and every
/// county or district of a matched city that regions.yaml lacks is added, so a caller from 平定县 finds the list of
/// 阳泉市 that covers it. regions.yaml wins: its ids, names and order are kept, and only its own cities grow.
/// </summary>
public static class RegionExpansion
{
    public static IReadOnlyList<Region> Complete(IReadOnlyList<Region> regions, IReadOnlyList<Division> divisions, DiagnosticBag diagnostics)
    {
        if (divisions.Count == 0) return regions;
        var rowsUnder = divisions.ToLookup(d => d.Parent ?? "", StringComparer.Ordinal);
        var matched = Match(regions, rowsUnder);

        var ids = new Dictionary<string, Region>(StringComparer.Ordinal);
        foreach (var region in regions) ids.TryAdd(region.Id, region);
        var added = new Dictionary<string, List<Region>>(StringComparer.Ordinal);
        foreach (var city in regions.Where(r => matched.TryGetValue(r, out var d) && d.Level == "市"))
        {
            var listed = regions.Where(r => r.Parent == city.Id && matched.ContainsKey(r)).Select(r => matched[r].Code).ToHashSet(StringComparer.Ordinal);
            foreach (var row in rowsUnder[matched[city].Code].Where(d => !listed.Contains(d.Code)))
            {
                if (ids.TryGetValue(row.Id, out var taken))
                {
                    diagnostics.Add(row.Origin, $"{row.Name} of {city.Name} would join the region tree as '{row.Id}', but regions.yaml already uses that id for {taken.Name} at {taken.Origin}; " +
                        $"list {row.Name} in content/regions.yaml under '{city.Id}' with an id of its own");
                    continue;
                }
                var region = new Region(row.Id, row.Name, city.Id, row.Level, row.Origin) { DivisionCode = row.Code, FromDivisions = true };
                ids[row.Id] = region;
                if (!added.TryGetValue(city.Id, out var list)) added[city.Id] = list = [];
                list.Add(region);
            }
        }
        return Arrange(regions, matched, added);
    }

    /// <summary>Each region of regions.yaml reachable from a root, paired with its row: roots among the provinces, others among their parent's rows.</summary>
    private static Dictionary<Region, Division> Match(IReadOnlyList<Region> regions, ILookup<string, Division> rowsUnder)
    {
        var matched = new Dictionary<Region, Division>(ReferenceEqualityComparer.Instance);
        var pending = new Queue<(string? ParentId, string ParentCode)>();
        pending.Enqueue((null, ""));
        var visited = new HashSet<string>(StringComparer.Ordinal);
        while (pending.TryDequeue(out var next))
        {
            var siblings = regions.Where(r => r.Parent == next.ParentId && !matched.ContainsKey(r)).ToList();
            var rows = rowsUnder[next.ParentCode].ToList();
            var taken = new HashSet<string>(StringComparer.Ordinal);
            void Take(Func<Region, Division, bool> same)
            {
                foreach (var region in siblings.Where(r => !matched.ContainsKey(r)))
                    if (rows.FirstOrDefault(d => !taken.Contains(d.Code) && same(region, d)) is { } row)
                    {
                        matched[region] = row;
                        taken.Add(row.Code);
                    }
            }
            // Names first, so a renamed region's id cannot take the row another region names exactly.
            Take((r, d) => r.Name == d.Name);
            Take((r, d) => r.Id == d.Id);
            foreach (var region in siblings.Where(r => matched.ContainsKey(r) && visited.Add(r.Id)))
                pending.Enqueue((region.Id, matched[region].Code));
        }
        return matched;
    }

    /// <summary>regions.yaml's order, each matched region with its code, and each city's additions right after its last region in the file.</summary>
    private static List<Region> Arrange(IReadOnlyList<Region> regions, Dictionary<Region, Division> matched, Dictionary<string, List<Region>> added)
    {
        var tree = new RegionTree(regions);
        var lastOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < regions.Count; i++)
            foreach (var ancestor in tree.Chain(regions[i].Id))
                lastOf[ancestor.Id] = i;
        var after = added.ToLookup(a => lastOf[a.Key], a => a.Value);
        var result = new List<Region>();
        for (var i = 0; i < regions.Count; i++)
        {
            var region = regions[i];
            result.Add(matched.TryGetValue(region, out var row) ? region with { DivisionCode = row.Code } : region);
            foreach (var list in after[i]) result.AddRange(list);
        }
        return result;
    }
}
