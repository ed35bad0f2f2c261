namespace SiteGen.Content.Model;

/// <summary>A policy document, identified by its 文号 in the normalised 〔〕 form. Full texts carry a Markdown body.</summary>
public sealed record PolicyDocument
{
    public required string Id { get; init; }
    public required string Number { get; init; }
    public required string Title { get; init; }
    /// <summary>True when the title was written by an editor because the source does not state it.</summary>
    public bool TitleSupplied { get; init; }
    /// <summary>
    /// Why the title reads as it does: required when <see cref="TitleSupplied"/> (what the source lacks and where the
    /// editor's title comes from), and allowed for a title corrected against its citations. Shown on the document's page.
    /// </summary>
    public string? TitleNote { get; init; }
    public string? Issuer { get; init; }
    public string? Date { get; init; }
    public string? Region { get; init; }
    public SourceRef? Source { get; init; }
    public string Body { get; init; } = "";
    public required SourceSpan Origin { get; init; }
    /// <summary>Where the title is written, so a title problem is reported there; null for records not read from a file.</summary>
    public SourceSpan? TitleOrigin { get; init; }
    public bool HasFullText => Body.Trim().Length > 0;
}
