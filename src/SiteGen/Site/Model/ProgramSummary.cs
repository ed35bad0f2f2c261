using SiteGen.Content;
using SiteGen.Content.Model;

namespace SiteGen.Site.Model;

/// <summary>A programme as it appears in lists: enough to choose it and to call about it.</summary>
public sealed record ProgramSummary(
    string Id,
    string Title,
    string Path,
    string RegionName,
    string DepartmentName,
    string DepartmentType,
    /// <summary>How much, as the answer gives it: every amount, so a list entry never drops one.</summary>
    string StandardLine,
    IReadOnlyList<string> Phones)
{
    public static ProgramSummary Of(BenefitProgram p, SiteModel site)
    {
        var department = site.Department(p.Department);
        return new ProgramSummary(
            p.Id, p.DisplayTitle, SitePaths.Program(p.Id), site.Region(p.Region).Name, department.Name,
            site.DepartmentType(department.Type).Name, p.Answer?.HowMuch ?? Excerpt.FirstSentence(p.Standard, 80), site.Contact(p).Phones);
    }
}
