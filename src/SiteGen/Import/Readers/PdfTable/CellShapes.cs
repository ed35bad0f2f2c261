using System.Text.RegularExpressions;

namespace SiteGen.Import.Readers.PdfTable;

/// <summary>General shapes of cell text in these listings, used to keep blocks in the right column when a cell is missing or merged.</summary>
internal static partial class CellShapes
{
    [GeneratedRegex(@"^(中央|省级|市级|县级)、?$")]
    public static partial Regex LevelToken();

    /// <summary>A 文号 such as 〔2019〕62号 or [2016]14号: the mark of a policy citation.</summary>
    [GeneratedRegex(@"[〔\[【（(]\s*\d{4}\s*[〕\]】）)]|\d+\s*号|文件")]
    public static partial Regex Citation();

    /// <summary>A document title in 《》, which citations have but other cells may quote too.</summary>
    [GeneratedRegex(@"《|》")]
    public static partial Regex QuotedTitle();

    [GeneratedRegex(@"\d+\s*号")]
    public static partial Regex CitationNumber();

    [GeneratedRegex(@"0\d{2,3}-\d{7,8}|(?<!\d)1[3-9]\d{9}(?!\d)|^\d{7,8}$")]
    public static partial Regex Phone();

    [GeneratedRegex(@"\d\s*万?元|元\s*[/／]|\d%")]
    public static partial Regex Amount();

    [GeneratedRegex(@"^[\d.]+$")]
    public static partial Regex BareNumber();

    [GeneratedRegex(@"申请|申报|申领|初审|复审|审核|审批|审定|核实|核定|核验|确认|受理|评议")]
    public static partial Regex ProcedureStep();

    [GeneratedRegex(@"一卡通|社保卡|银行账户|银行卡|账户|直补到户|拨付至|打卡发放")]
    public static partial Regex PaymentChannel();

    [GeneratedRegex(@"按月|按季|按年|按学期|按批次|按半年|按补助年度|按实际情况|年底|月底|前发放|及时|每年|每季度|当年|随时|年初|前$|日前")]
    public static partial Regex Timing();

    [GeneratedRegex(@"\s+")]
    public static partial Regex Whitespace();

    public static bool IsPhone(string text) => Phone().IsMatch(text);

    /// <summary>A stand-alone amount: a sum of money, a share, or a bare figure in a share column.</summary>
    public static bool IsAmount(string text) => Amount().IsMatch(text) || BareNumber().IsMatch(text);

    /// <summary>Timing cells are short; longer text that mentions a date is a procedure or a note.</summary>
    public static bool IsTiming(string text) => text.Length <= 30 && Timing().IsMatch(text) && !IsPhone(text);
}
