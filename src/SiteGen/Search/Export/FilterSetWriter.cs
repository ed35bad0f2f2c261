using SiteGen.FileSystem;
using SiteGen.Content;
using SiteGen.Content.Model;
using SiteGen.Search.Indexing;

namespace SiteGen.Search.Export;

/// <summary>
/// Writes the programmes each filter keeps, as positions in the id-sorted table: <c>region/&lt;id&gt;.js</c>
/// (the programmes covering the region, <see cref="ContentLookup.Covers"/>: its own, those within it and those
/// of the regions above it; also what a place named in a query ranks first), <c>deptType/&lt;id&gt;.js</c> and
/// <c>audience/&lt;id&gt;.js</c>. A query loads only the sets of the filters it has and the places it names.
/// Positions are written as gaps from the one before, which keeps a large set short.
/// </summary>
public static class FilterSetWriter
{
    public static void Write(IFileWriter files, string root, ContentSet content, IReadOnlyList<BenefitProgram> programs, ContentLookup lookup)
    {
        var tree = new RegionTree(content.Regions);
        // Positions of the programmes of each region and of the regions within it, and of each region alone.
        var within = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var own = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var deptTypes = Keys(content.DepartmentTypes.Select(t => t.Id));
        var audiences = Keys(content.Audiences.Select(t => t.Id));
        for (var position = 0; position < programs.Count; position++)
        {
            var p = programs[position];
            Add(own, p.Region, position);
            foreach (var region in tree.Chain(p.Region)) Add(within, region.Id, position);
            AddListed(deptTypes, lookup.DepartmentTypeId(p.Department), position);
            foreach (var audience in p.Audiences.Distinct(StringComparer.Ordinal)) AddListed(audiences, audience, position);
        }
        foreach (var region in tree.ById.Keys.Order(StringComparer.Ordinal))
        {
            // Covered: the region's subtree, and the programmes of each region above it.
            var covering = new SortedSet<int>(within.GetValueOrDefault(region) ?? []);
            foreach (var above in tree.Chain(region).Skip(1)) covering.UnionWith(own.GetValueOrDefault(above.Id) ?? []);
            WriteSet(files, root, "region", region, covering);
        }
        foreach (var (id, positions) in deptTypes) WriteSet(files, root, "deptType", id, positions);
        foreach (var (id, positions) in audiences) WriteSet(files, root, "audience", id, positions);
    }

    private static SortedDictionary<string, List<int>> Keys(IEnumerable<string> ids)
    {
        var sets = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var id in ids) sets.TryAdd(id, []);
        return sets;
    }

    private static void Add(Dictionary<string, List<int>> sets, string key, int position)
    {
        if (!sets.TryGetValue(key, out var list)) sets[key] = list = [];
        list.Add(position);
    }

    // Only the listed terms are offered as filters (and their ids are checked as path names when read).
    private static void AddListed(SortedDictionary<string, List<int>> sets, string key, int position)
    {
        if (sets.TryGetValue(key, out var list)) list.Add(position);
    }

    private static void WriteSet(IFileWriter files, string root, string kind, string id, IEnumerable<int> ascending) =>
        JsPayload.Write(files, Path.Combine(root, kind, id + ".js"), kind, id, json =>
        {
            json.WriteStartArray();
            var previous = 0;
            foreach (var position in ascending)
            {
                json.WriteNumberValue(position - previous);
                previous = position;
            }
            json.WriteEndArray();
        });
}
