using ClosedXML.Excel;

namespace SiteGen.Tests.Import.Readers;

/// <summary>Writes a small listing workbook (title row, header, a repeated header, an empty department, a multi-line cell) to a temporary file.</summary>
internal sealed class XlsxFixture : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"listing-{Guid.NewGuid():N}.xlsx");

    public XlsxFixture()
    {
        string[] header = ["职能单位", "惠民事项", "政策依据", "申请条件", "办理流程", "享受标准", "咨询电话", "备注"];
        string[][] rows =
        [
            ["示例清单"],
            header,
            ["示例市民政局", "示例 生活补贴", "《示例办法》（示发〔2025〕12号）", "年满60周岁", "由本人提出申请", "每人每月150元", "0353-1000001", ""],
            ["", "示例护理补贴", "《示例通知》（示发〔2024〕3号）", "经评估为失能的老年人", "1.申请提交\n2.县级部门审定", "每人每月100元", "0353-1000001", "按月发放"],
            header,
            ["示例市教育局", "示例助学金", "《示例规定》", "在校学生", "<p>向学校申请</p><p>学校审核</p>", "每生每年2000元", "0353-1000002", ""],
        ];

        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("清单");
        for (var r = 0; r < rows.Length; r++)
            for (var c = 0; c < rows[r].Length; c++)
                sheet.Cell(r + 1, c + 1).Value = rows[r][c];
        workbook.SaveAs(Path);
    }

    public void Dispose() => File.Delete(Path);
}
