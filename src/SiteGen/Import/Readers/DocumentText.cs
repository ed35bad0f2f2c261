namespace SiteGen.Import.Readers;

/// <summary>A full policy document recovered from a seed: its 文号, issuer, date and body as Markdown with headings.</summary>
public sealed record DocumentText(
    string Number,
    string? Title,
    string? Issuer,
    string? Date,
    string Markdown,
    int FirstLine,
    int LastLine);
