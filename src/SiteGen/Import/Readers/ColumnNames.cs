namespace SiteGen.Import.Readers;

/// <summary>The listing fields a column heading can stand for, and the headings that published listings use for each.</summary>
public enum ListingField { Item, Department, Title, Level, Basis, Summary, Eligibility, Procedure, Standard, PaymentMethod, PaymentTiming, Phone, Notes }

public static class ColumnNames
{
    // In the order messages list them, which a dictionary does not promise to keep.
    private static readonly (string Heading, ListingField Field)[] Headings =
    [
        ("序号", ListingField.Item),
        ("职能单位", ListingField.Department),
        ("主管部门", ListingField.Department),
        ("牵头落实部门", ListingField.Department),
        ("责任单位", ListingField.Department),
        ("惠民事项", ListingField.Title),
        ("补贴项目", ListingField.Title),
        ("服务项目", ListingField.Title),
        ("项目名称", ListingField.Title),
        ("政策级次", ListingField.Level),
        ("政策依据", ListingField.Basis),
        ("政策依据文件及文号", ListingField.Basis),
        ("服务内容", ListingField.Summary),
        ("申请条件", ListingField.Eligibility),
        ("补贴对象", ListingField.Eligibility),
        ("对象", ListingField.Eligibility),
        ("办理流程", ListingField.Procedure),
        ("申领流程", ListingField.Procedure),
        ("享受标准", ListingField.Standard),
        ("补助标准", ListingField.Standard),
        ("服务标准", ListingField.Standard),
        ("发放方式", ListingField.PaymentMethod),
        ("发放时间", ListingField.PaymentTiming),
        ("咨询电话", ListingField.Phone),
        ("备注", ListingField.Notes),
    ];

    private static readonly IReadOnlyDictionary<string, ListingField> ByHeading =
        Headings.ToDictionary(h => h.Heading, h => h.Field, StringComparer.Ordinal);

    /// <summary>Every heading a listing may use, in the order above, for messages that tell an editor what a header may say.</summary>
    public static IReadOnlyList<string> All => Headings.Select(h => h.Heading).ToList();

    /// <summary>The headings that stand for <paramref name="field"/>.</summary>
    public static IReadOnlyList<string> HeadingsFor(ListingField field) => Headings.Where(h => h.Field == field).Select(h => h.Heading).ToList();

    /// <summary>The field a heading stands for, ignoring white space inside the heading; null for headings with no field.</summary>
    public static ListingField? Lookup(string heading)
    {
        var key = string.Concat(heading.Where(c => !char.IsWhiteSpace(c)));
        return ByHeading.TryGetValue(key, out var field) ? field : null;
    }
}
