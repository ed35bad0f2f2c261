namespace SiteGen.Import.Readers.Documents;

/// <summary>Where the parts of a document sit in its seed: the 文号, the title, the body's line range, the issuer and the date.</summary>
internal sealed record DocumentLayout(string Number, string? Title, int BodyFirst, int BodyLast, string? Issuer, string? Date);
