using SiteGen.Content.Model;
using SiteGen.Import.Sources;

namespace SiteGen.Import.Normalising;

/// <summary>
/// The departments met while importing, each given a region, a canonical type and a stable id.
/// A name that starts with a region's name (山西省残疾人联合会) belongs to that region; others to the source's region.
/// </summary>
public sealed class DepartmentDirectory(IReadOnlyList<Region> regions, ImportRules rules)
{
    private readonly Dictionary<(string Region, string Name), Department> _byName = [];
    private readonly List<Department> _all = [];
    private readonly OfficeTypes _types = new(rules.DepartmentTypes, rules.OfficeNames);

    public IReadOnlyList<Department> All => _all;

    public Department Resolve(string name, string sourceRegion)
    {
        var region = regions.Where(r => name.StartsWith(r.Name, StringComparison.Ordinal)).OrderByDescending(r => r.Name.Length).FirstOrDefault()?.Id ?? sourceRegion;
        if (_byName.TryGetValue((region, name), out var known)) return known;
        var type = TypeOf(name);
        var id = $"{region}-{type}";
        for (var n = 2; _all.Any(d => d.Id == id); n++) id = $"{region}-{type}-{n}";
        var department = new Department(id, name, region, type, new SourceSpan("departments.yaml", 0, 0));
        _byName[(region, name)] = department;
        _all.Add(department);
        return department;
    }

    /// <summary>The type the office-name rule gives (see <see cref="OfficeTypes"/>), or the fallback type.</summary>
    public string TypeOf(string name) => _types.TypeOf(name)?.Term.Id ?? rules.FallbackDepartmentType;

    public string TypeName(string typeId) => rules.DepartmentTypes.FirstOrDefault(t => t.Term.Id == typeId)?.Term.Name ?? typeId;

    /// <summary>The department types whose basis markers (文号 prefixes such as 民发, 人社部发) appear in a basis text.</summary>
    public IReadOnlyList<string> TypesCitedIn(string basis) =>
        rules.DepartmentTypes.Where(t => t.BasisMarkers.Any(m => basis.Contains(m, StringComparison.Ordinal))).Select(t => t.Term.Id).ToList();
}
