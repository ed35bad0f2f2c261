using SiteGen.Content.Model;

namespace SiteGen.Site.Model;

/// <summary>Where a programme's phone came from: its own source line, its department's other programmes, or the site's general line.</summary>
public enum ContactSource { Programme, Department, ServiceHotline, None }

/// <summary>
/// The phones to call about a programme. When its source prints none, the phones the same department gives on its
/// other programmes stand in, and failing that the site's general service hotline; the page labels which it is.
/// </summary>
public sealed record ProgramContact(IReadOnlyList<string> Phones, ContactSource From, string Note)
{
    public static ProgramContact For(BenefitProgram p, IReadOnlyList<string> departmentPhones, SiteSettings settings, string departmentName)
    {
        if (p.Phones.Count > 0) return new(p.Phones, ContactSource.Programme, "");
        if (departmentPhones.Count > 0)
            return new(departmentPhones, ContactSource.Department, $"来源清单未列本项目电话，以下是{departmentName}在其他项目中公布的电话");
        if (settings.ServiceHotline.Length > 0)
            return new([settings.ServiceHotline], ContactSource.ServiceHotline, $"来源清单未列电话，可拨打{settings.ServiceHotlineLabel}");
        return new([], ContactSource.None, $"来源清单未列电话，请向{departmentName}咨询");
    }
}
