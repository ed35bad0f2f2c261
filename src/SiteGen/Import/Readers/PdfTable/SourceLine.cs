namespace SiteGen.Import.Readers.PdfTable;

/// <summary>One line of the seed with its 1-based line number.</summary>
internal sealed record SourceLine(int Number, string Text)
{
    public bool IsBlank => string.IsNullOrWhiteSpace(Text);
}
