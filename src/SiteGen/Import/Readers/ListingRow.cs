using SiteGen.Content.Model;

namespace SiteGen.Import.Readers;

/// <summary>
/// One item of a published listing, split into the listing's columns but otherwise as the source has it.
/// Readers know a source format (columns, page headers, wrapped cells) and produce these; they know nothing about programmes.
/// Cell text keeps the source wording: readers only undo what the format did (line wrapping, page headers).
/// </summary>
public sealed record ListingRow
{
    public required string SourceFile { get; init; }
    public required int FirstLine { get; init; }
    public required int LastLine { get; init; }
    /// <summary>The item's number in the source (序号), when it has one.</summary>
    public string? Item { get; init; }
    /// <summary>The department cell; null when the cell is empty (often merged with the rows above).</summary>
    public string? Department { get; init; }
    public required string Title { get; init; }
    /// <summary>政策级次 (中央/省级/市级/县级) where the listing has that column.</summary>
    public string? Level { get; init; }
    public string? Basis { get; init; }
    /// <summary>What the programme provides, where the listing has such a column (服务内容).</summary>
    public string? Summary { get; init; }
    /// <summary>Who qualifies (申请条件 / 补贴对象 / 对象).</summary>
    public string? Eligibility { get; init; }
    public string? Procedure { get; init; }
    public string? Standard { get; init; }
    public FundingShares? Funding { get; init; }
    public string? PaymentMethod { get; init; }
    public string? PaymentTiming { get; init; }
    public string? Phone { get; init; }
    public string? Notes { get; init; }
    /// <summary>Columns with no field of their own (such as 服务类型), by their heading.</summary>
    public IReadOnlyDictionary<string, string> Extra { get; init; } = new Dictionary<string, string>();
    /// <summary>What the reader had to decide about the layout (a shifted row, a cell rejoined across a page), in plain words.</summary>
    public IReadOnlyList<string> Judgements { get; init; } = [];
}
