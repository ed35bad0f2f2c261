using SiteGen.Content;
using SiteGen.Content.Model;

namespace SiteGen.Site.Model;

/// <summary>The content with its cross-references resolved: what every page generator reads.</summary>
public sealed class SiteModel
{
    public ContentSet Content { get; }
    public string PubDate { get; }
    public IReadOnlyDictionary<string, Region> RegionsById { get; }
    public IReadOnlyDictionary<string, Department> DepartmentsById { get; }
    public IReadOnlyDictionary<string, Term> DepartmentTypesById { get; }
    public IReadOnlyDictionary<string, Term> AudiencesById { get; }
    public IReadOnlyDictionary<string, Term> CategoriesById { get; }
    public IReadOnlyDictionary<string, Term> KindsById { get; }
    public IReadOnlyDictionary<string, PolicyDocument> DocumentsByNumber { get; }
    public IReadOnlyDictionary<string, SourceInfo> SourcesByFile { get; }
    /// <summary>Programmes in display order: by region order, then source order.</summary>
    public IReadOnlyList<BenefitProgram> Programs { get; }
    public IReadOnlyDictionary<string, BenefitProgram> ProgramsById { get; }

    private readonly ILookup<string, BenefitProgram> _byDocument;
    // Every list a page shows is read from these, made once: no page scans all programmes (at 100,000 programmes and
    // thousands of regions and offices, one scan per page is what a build would spend its time on).
    private readonly ILookup<string, BenefitProgram> _byRegion;
    private readonly ILookup<string, BenefitProgram> _byDepartment;
    private readonly ILookup<string, BenefitProgram> _bySource;
    private readonly ILookup<string, BenefitProgram> _byDepartmentType;
    private readonly Dictionary<string, List<BenefitProgram>> _within = new(StringComparer.Ordinal);
    private readonly ILookup<string, Region> _children;
    private readonly Dictionary<string, int> _displayIndex;
    private readonly Dictionary<string, ProgramContact> _contacts;
    private readonly Dictionary<string, string> _departmentFullNames;
    private readonly RegionTree _regions;

    public SiteModel(ContentSet content, string pubDate)
    {
        Content = content;
        PubDate = pubDate;
        _regions = new RegionTree(content.Regions);
        RegionsById = _regions.ById;
        DepartmentsById = content.Departments.ToDictionary(d => d.Id, StringComparer.Ordinal);
        DepartmentTypesById = content.DepartmentTypes.ToDictionary(t => t.Id, StringComparer.Ordinal);
        AudiencesById = content.Audiences.ToDictionary(t => t.Id, StringComparer.Ordinal);
        CategoriesById = content.Categories.ToDictionary(t => t.Id, StringComparer.Ordinal);
        KindsById = content.Kinds.ToDictionary(t => t.Id, StringComparer.Ordinal);
        DocumentsByNumber = content.Documents.ToDictionary(d => d.Number, StringComparer.Ordinal);
        SourcesByFile = content.Sources.ToDictionary(s => s.File, StringComparer.Ordinal);
        ProgramsById = content.Programs.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var regionOrder = content.Regions.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        Programs = content.Programs
            .OrderBy(p => regionOrder.GetValueOrDefault(p.Region))
            .ThenBy(p => p.Source.File, StringComparer.Ordinal)
            .ThenBy(p => p.Source.FirstLine)
            .ThenBy(p => p.Id, StringComparer.Ordinal)
            .ToList();
        _displayIndex = Programs.Select((p, i) => (p.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        _byRegion = Programs.ToLookup(p => p.Region, StringComparer.Ordinal);
        _byDepartment = Programs.ToLookup(p => p.Department, StringComparer.Ordinal);
        _bySource = Programs.ToLookup(p => p.Source.File, StringComparer.Ordinal);
        _byDepartmentType = Programs.ToLookup(DepartmentTypeOf, StringComparer.Ordinal);
        _children = content.Regions.Where(r => r.Parent is not null).ToLookup(r => r.Parent!, StringComparer.Ordinal);
        foreach (var program in Programs)
            foreach (var region in _regions.Chain(program.Region))
            {
                if (!_within.TryGetValue(region.Id, out var list)) _within[region.Id] = list = [];
                list.Add(program);
            }
        _byDocument = Programs
            .SelectMany(p => p.Basis.Where(b => b.Document is not null).Select(b => (b.Document!, p)).Distinct())
            .ToLookup(x => x.Item1, x => x.p, StringComparer.Ordinal);
        _departmentFullNames = content.Departments.ToDictionary(d => d.Id, FullName, StringComparer.Ordinal);
        // Each department's phones as its programmes print them, most used first, for programmes that print none.
        var departmentPhones = Programs.GroupBy(p => p.Department, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<string>)g.SelectMany(p => p.Phones).GroupBy(n => n, StringComparer.Ordinal)
                .OrderByDescending(n => n.Count()).ThenBy(n => n.Key, StringComparer.Ordinal).Select(n => n.Key).ToList(),
            StringComparer.Ordinal);
        _contacts = Programs.ToDictionary(
            p => p.Id,
            p => ProgramContact.For(p, departmentPhones[p.Department], content.Site, _departmentFullNames[p.Department]),
            StringComparer.Ordinal);
    }

    /// <summary>The phones to call about a programme, and where they come from.</summary>
    public ProgramContact Contact(BenefitProgram p) => _contacts[p.Id];

    /// <summary>
    /// A department's name with its city or county in front when the source printed it bare ("民政局" in 长治市's list),
    /// so that "ask 民政局" says which one; provincial offices are named as printed.
    /// </summary>
    public string DepartmentFullName(string departmentId) => _departmentFullNames[departmentId];

    private string FullName(Department department)
    {
        var region = Region(department.Region);
        var named = RegionPath(region.Id).Any(r => department.Name.StartsWith(r.Name, StringComparison.Ordinal));
        return named || region.Parent is null ? department.Name : region.Name + department.Name;
    }

    public Region Region(string id) => RegionsById[id];
    public Department Department(string id) => DepartmentsById[id];
    public Term DepartmentType(string id) => DepartmentTypesById[id];

    public IEnumerable<Region> Children(string regionId) => _children[regionId];

    /// <summary>The region and its ancestors, root first.</summary>
    public IReadOnlyList<Region> RegionPath(string regionId) => _regions.Chain(regionId).Reverse().ToList();

    /// <summary>Programmes that apply in a region: its own and those of the regions below it.</summary>
    public IReadOnlyList<BenefitProgram> ProgramsIn(string regionId) => _within.TryGetValue(regionId, out var list) ? list : [];

    /// <summary>A region's own programmes (not those below it), in display order.</summary>
    public IEnumerable<BenefitProgram> ProgramsOfRegion(string regionId) => _byRegion[regionId];

    /// <summary>A department's programmes, in display order.</summary>
    public IEnumerable<BenefitProgram> ProgramsOfDepartment(string departmentId) => _byDepartment[departmentId];

    /// <summary>The programmes of a department type, in display order.</summary>
    public IEnumerable<BenefitProgram> ProgramsOfDepartmentType(string typeId) => _byDepartmentType[typeId];

    /// <summary>The programmes read from one seed file, in display order.</summary>
    public IEnumerable<BenefitProgram> ProgramsFromSource(string file) => _bySource[file];

    /// <summary>
    /// For a region with no programmes in it (a district named only inside its city's standards, a county the
    /// division table added), the regions above it whose lists cover it, nearest first: its city's, its
    /// province's. Empty when the region has programmes of its own or below it, or no region above it has a list.
    /// </summary>
    public IReadOnlyList<Region> CoveringLists(string regionId) =>
        ProgramsIn(regionId).Count > 0 ? [] : _regions.Chain(regionId).Skip(1).Where(r => _byRegion.Contains(r.Id)).ToList();

    /// <summary>The nearest region whose list covers a region with none of its own; null as for <see cref="CoveringLists"/>.</summary>
    public Region? CoveredBy(string regionId) => CoveringLists(regionId).FirstOrDefault();

    /// <summary>
    /// The programmes a region's page lists, each once in display order: those in it and below it, or, when there
    /// are none, those of the lists that cover it.
    /// </summary>
    public IReadOnlyList<BenefitProgram> ProgramsListedFor(string regionId)
    {
        var covering = CoveringLists(regionId).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        return covering.Count == 0 ? ProgramsIn(regionId) : covering.SelectMany(ProgramsOfRegion).OrderBy(p => _displayIndex[p.Id]).ToList();
    }

    public IEnumerable<BenefitProgram> ProgramsCiting(string number) => _byDocument[number];

    public string DepartmentTypeOf(BenefitProgram p) => Department(p.Department).Type;
}
