namespace SiteGen.Content.Model;

/// <summary>A policy document, identified by its 文号 in the normalised 〔〕 form. Full texts carry a Markdown body.</summary>
public sealed record PolicyDocument
{
    public required string Id { get; init; }
    public required string Number { get; init; }
    public required string Title { get; init; }
    /// <summary>True when the title was written by an editor because the source does not state it.</summary>
    public bool TitleSupplied { get; init; }
    public string? Issuer { get; init; }
    public string? Date { get; init; }
    public string? Region { get; init; }
    public SourceRef? Source { get; init; }
    public string Body { get; init; } = "";
    public required SourceSpan Origin { get; init; }
    public bool HasFullText => Body.Trim().Length > 0;
}
