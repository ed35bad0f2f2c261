namespace SiteGen.Import.Readers.PdfTable;

/// <summary>
/// The lines of one numbered item. Page-header lines inside it are blanked (they split the item like a blank line does)
/// and listed so the row can say where a page break fell.
/// </summary>
internal sealed record ItemSpan(string Number, int FirstLine, int LastLine, IReadOnlyList<SourceLine> Lines, IReadOnlyList<int> DroppedHeaderLines);
