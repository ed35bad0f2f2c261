namespace SiteGen.Import.Readers.PdfTable;

/// <summary>
/// Which body columns a listing has. A listing whose header carries 合计 中央 省级 市级 县级 splits the standard into shares;
/// one without a header (a continuation excerpt) is read with the 资金负担 column and no phone column.
/// </summary>
internal sealed record PdfTableLayout(IReadOnlyList<BodyColumn> Columns, bool HasShareColumns)
{
    public static readonly PdfTableLayout WithShareColumns = new(
        [BodyColumn.Basis, BodyColumn.Eligibility, BodyColumn.Standard, BodyColumn.Procedure,
         BodyColumn.PaymentMethod, BodyColumn.PaymentTiming, BodyColumn.Phone, BodyColumn.Notes],
        HasShareColumns: true);

    public static readonly PdfTableLayout WithBurdenColumn = new(
        [BodyColumn.Basis, BodyColumn.Eligibility, BodyColumn.Standard, BodyColumn.FundingBurden, BodyColumn.Procedure,
         BodyColumn.PaymentMethod, BodyColumn.PaymentTiming, BodyColumn.Notes],
        HasShareColumns: false);

    public static PdfTableLayout Detect(IEnumerable<SourceLine> lines) =>
        lines.Any(l => PageHeaders.IsShareHeading(l.Text)) ? WithShareColumns : WithBurdenColumn;

    public int Position(BodyColumn column)
    {
        for (var i = 0; i < Columns.Count; i++)
            if (Columns[i] == column) return i;
        return -1;
    }

    public static string Heading(BodyColumn column) => column switch
    {
        BodyColumn.Basis => "政策依据",
        BodyColumn.Eligibility => "补贴对象",
        BodyColumn.Standard => "补助标准",
        BodyColumn.FundingBurden => "资金负担",
        BodyColumn.Procedure => "申领流程",
        BodyColumn.PaymentMethod => "发放方式",
        BodyColumn.PaymentTiming => "发放时间",
        BodyColumn.Phone => "咨询电话",
        BodyColumn.Notes => "备注",
        _ => throw new ArgumentOutOfRangeException(nameof(column)),
    };
}
