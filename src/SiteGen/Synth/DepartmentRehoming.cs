using SiteGen.Content;
using SiteGen.Content.Model;

namespace SiteGen.Synth;

/// <summary>
/// The made-up offices of the made-up regions, one for each real office a re-homed programme names: at the level of
/// the real office's region (a province's 厅 stays at the province, a county's 局 comes to the county), of the same
/// department type, named after the made-up region (阳泉市民政局 → 安澄县民政局). Each is made once per region and kept
/// in the order made.
/// </summary>
public sealed class DepartmentRehoming(ContentSet real)
{
    private readonly IReadOnlyDictionary<string, Department> _realById = real.Departments.ToDictionary(d => d.Id, StringComparer.Ordinal);
    private readonly RegionTree _realTree = new(real.Regions);
    private readonly Dictionary<string, Department> _made = new(StringComparer.Ordinal);
    private readonly List<Department> _inOrder = [];

    public IReadOnlyList<Department> Made => _inOrder;

    /// <summary>The made-up office standing in, for a programme of <paramref name="chain"/>'s county, for the real office <paramref name="realId"/>.</summary>
    public Department For(string realId, CountyChain chain)
    {
        var realOffice = _realById[realId];
        var realRegion = _realTree.ById[realOffice.Region];
        var region = chain.At(realRegion.Level);
        var id = $"{region.Id}-{Suffix(realOffice)}";
        if (_made.TryGetValue(id, out var made)) return made;
        made = new Department(id, Rename(realOffice, region), region.Id, realOffice.Type, realOffice.Origin);
        _made[id] = made;
        _inOrder.Add(made);
        return made;
    }

    /// <summary>The id without its region's id in front: minzheng of yangquan-minzheng.</summary>
    private static string Suffix(Department office) =>
        office.Id.StartsWith(office.Region + "-", StringComparison.Ordinal) ? office.Id[(office.Region.Length + 1)..] : office.Id;

    /// <summary>
    /// The real name with the made-up region's name in place of the real region's (or of a region above it), wherever it
    /// stands (中国共产党中阳县委员会宣传部); a name without one gets the made-up name in front, or its short form when the
    /// name begins with the level word (省委组织部 → 定明省委组织部, not 定明省省委组织部).
    /// </summary>
    private string Rename(Department office, Region region)
    {
        var realName = _realTree.Chain(office.Region).Select(r => r.Name)
            .Where(name => office.Name.Contains(name, StringComparison.Ordinal))
            .MaxBy(name => name.Length);
        if (realName is not null)
        {
            var at = office.Name.IndexOf(realName, StringComparison.Ordinal);
            return string.Concat(office.Name.AsSpan(0, at), region.Name, office.Name.AsSpan(at + realName.Length));
        }
        return office.Name.StartsWith(region.Level, StringComparison.Ordinal) && PlaceNames.ShortForm(region.Name) is { } shortForm
            ? shortForm + office.Name
            : region.Name + office.Name;
    }
}
