using SiteGen.Content.Model;
using SiteGen.Import.Readers;
using SiteGen.Import.Sources;

namespace SiteGen.Import.Normalising;

/// <summary>
/// Fills an empty department cell from the row above (the cell was merged over several rows), then
/// cross-checks the guess against the row's own evidence — its phone number and the issuers of its policy
/// basis — because a carry-over across a page break can be wrong. Every decision becomes a judgement.
/// </summary>
public sealed class DepartmentCarryOver(DepartmentDirectory directory, SeedText seed)
{
    private Department? _previous;
    private int _previousLastLine;
    private readonly Dictionary<string, HashSet<string>> _phonesByDepartment = [];

    public (Department Department, IReadOnlyList<string> Judgements) Resolve(ListingRow row, string sourceRegion, IReadOnlyList<string> phones)
    {
        var judgements = new List<string>();
        Department department;
        if (row.Department is { } name && name.Length > 0)
        {
            department = directory.Resolve(name, sourceRegion);
        }
        else if (_previous is not null)
        {
            department = _previous;
            var acrossPage = CrossesPageBreak(row.FirstLine);
            judgements.Add($"部门单元格为空（与上方单元格合并），沿用上一项的“{department.Name}”{(acrossPage ? "；该沿用跨越了分页" : "")}。");
            judgements.AddRange(CrossCheck(department, row, phones));
        }
        else
        {
            department = directory.Resolve(row.Title, sourceRegion) with { };
            judgements.Add("部门单元格为空且上方没有可沿用的部门，需编辑核对。");
        }
        _previous = department;
        _previousLastLine = row.LastLine;
        if (!_phonesByDepartment.TryGetValue(department.Id, out var known)) _phonesByDepartment[department.Id] = known = [];
        known.UnionWith(phones);
        return (department, judgements);
    }

    private IEnumerable<string> CrossCheck(Department department, ListingRow row, IReadOnlyList<string> phones)
    {
        if (_phonesByDepartment.TryGetValue(department.Id, out var known) && known.Count > 0 && phones.Count > 0)
        {
            yield return phones.Any(known.Contains)
                ? $"核对：咨询电话 {string.Join("、", phones)} 与“{department.Name}”其他事项的电话一致。"
                : $"核对：咨询电话 {string.Join("、", phones)} 与“{department.Name}”其他事项的电话（{string.Join("、", known.Order(StringComparer.Ordinal))}）不同，请编辑核对部门。";
        }
        var cited = directory.TypesCitedIn(row.Basis ?? "");
        if (cited.Count == 0) yield break;
        yield return cited.Contains(department.Type)
            ? $"核对：政策依据中有“{department.Name}”所属系统的文件。"
            : $"核对：政策依据的发文系统（{string.Join("、", cited.Select(directory.TypeName))}）与“{department.Name}”不一致，请编辑核对部门。";
    }

    /// <summary>True when non-empty lines (a repeated page header) stand between this row and the previous one.</summary>
    private bool CrossesPageBreak(int firstLine)
    {
        for (var line = _previousLastLine + 1; line < firstLine; line++)
            if (line >= 1 && line <= seed.Lines.Count && seed.Line(line).Trim().Length > 0) return true;
        return false;
    }
}
