namespace SiteGen.Import.Readers;

/// <summary>The listing fields a column heading can stand for, and the headings that published listings use for each.</summary>
public enum ListingField { Item, Department, Title, Level, Basis, Summary, Eligibility, Procedure, Standard, PaymentMethod, PaymentTiming, Phone, Notes }

public static class ColumnNames
{
    private static readonly IReadOnlyDictionary<string, ListingField> ByHeading = new Dictionary<string, ListingField>(StringComparer.Ordinal)
    {
        ["序号"] = ListingField.Item,
        ["职能单位"] = ListingField.Department,
        ["主管部门"] = ListingField.Department,
        ["牵头落实部门"] = ListingField.Department,
        ["责任单位"] = ListingField.Department,
        ["惠民事项"] = ListingField.Title,
        ["补贴项目"] = ListingField.Title,
        ["服务项目"] = ListingField.Title,
        ["项目名称"] = ListingField.Title,
        ["政策级次"] = ListingField.Level,
        ["政策依据"] = ListingField.Basis,
        ["政策依据文件及文号"] = ListingField.Basis,
        ["服务内容"] = ListingField.Summary,
        ["申请条件"] = ListingField.Eligibility,
        ["补贴对象"] = ListingField.Eligibility,
        ["对象"] = ListingField.Eligibility,
        ["办理流程"] = ListingField.Procedure,
        ["申领流程"] = ListingField.Procedure,
        ["享受标准"] = ListingField.Standard,
        ["补助标准"] = ListingField.Standard,
        ["服务标准"] = ListingField.Standard,
        ["发放方式"] = ListingField.PaymentMethod,
        ["发放时间"] = ListingField.PaymentTiming,
        ["咨询电话"] = ListingField.Phone,
        ["备注"] = ListingField.Notes,
    };

    /// <summary>The field a heading stands for, ignoring white space inside the heading; null for headings with no field.</summary>
    public static ListingField? Lookup(string heading)
    {
        var key = string.Concat(heading.Where(c => !char.IsWhiteSpace(c)));
        return ByHeading.TryGetValue(key, out var field) ? field : null;
    }
}
