using SiteGen.Content;
using SiteGen.Content.Model;

namespace SiteGen.Search.Indexing;

/// <summary>Names behind the ids a programme refers to (region, department, type, audiences, categories, kind).</summary>
public sealed class ContentLookup
{
    private readonly RegionTree _regions;
    private readonly Dictionary<string, Department> _departments;
    private readonly Dictionary<string, Term> _types;
    private readonly Dictionary<string, Term> _audiences;
    private readonly Dictionary<string, Term> _categories;
    private readonly Dictionary<string, Term> _kinds;

    public ContentLookup(ContentSet content)
    {
        _regions = new RegionTree(content.Regions);
        _departments = ById(content.Departments, d => d.Id);
        _types = ById(content.DepartmentTypes, t => t.Id);
        _audiences = ById(content.Audiences, t => t.Id);
        _categories = ById(content.Categories, t => t.Id);
        _kinds = ById(content.Kinds, t => t.Id);
    }

    // Content is validated before it gets here; the first record wins should an id repeat anyway.
    private static Dictionary<string, T> ById<T>(IEnumerable<T> items, Func<T, string> id)
    {
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items) map.TryAdd(id(item), item);
        return map;
    }

    public string RegionName(string id) => _regions.ById.TryGetValue(id, out var r) ? r.Name : id;

    /// <summary>The region and its ancestors, nearest first (so 长治 finds programmes of its counties).</summary>
    public IReadOnlyList<Region> RegionChain(string id) => _regions.Chain(id);

    /// <summary>True when <paramref name="regionId"/> is <paramref name="ancestorId"/> or lies within it.</summary>
    public bool IsWithin(string regionId, string ancestorId) => _regions.IsWithin(regionId, ancestorId);

    /// <summary>
    /// True when a programme of <paramref name="programRegionId"/> applies to someone in
    /// <paramref name="regionId"/>: the same region, a region within it, or a region above it
    /// (a caller in 潞州区 is covered by 长治市's and 山西省's programmes).
    /// </summary>
    public bool Covers(string programRegionId, string regionId) =>
        IsWithin(programRegionId, regionId) || IsWithin(regionId, programRegionId);

    public Department? Department(string id) => _departments.GetValueOrDefault(id);

    public string DepartmentName(string id) => _departments.TryGetValue(id, out var d) ? d.Name : id;

    public string DepartmentTypeId(string departmentId) => _departments.TryGetValue(departmentId, out var d) ? d.Type : "";

    public string DepartmentTypeName(string typeId) => _types.TryGetValue(typeId, out var t) ? t.Name : typeId;

    public string AudienceName(string id) => _audiences.TryGetValue(id, out var t) ? t.Name : id;

    public string CategoryName(string id) => _categories.TryGetValue(id, out var t) ? t.Name : id;

    public string KindName(string id) => _kinds.TryGetValue(id, out var t) ? t.Name : id;
}
