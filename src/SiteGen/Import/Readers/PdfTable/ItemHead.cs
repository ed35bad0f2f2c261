namespace SiteGen.Import.Readers.PdfTable;

/// <summary>
/// The 项目名称, 主管部门 and 政策级次 cells of an item, and where its body starts:
/// the index of the first body line in the item's lines and any cells printed after the level on the level's own line.
/// </summary>
internal sealed record ItemHead(
    string Title,
    string? Department,
    string? Level,
    int BodyStart,
    IReadOnlyList<string> CellsAfterLevel,
    IReadOnlyList<string> Judgements);
