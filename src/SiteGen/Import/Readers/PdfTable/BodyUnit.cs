namespace SiteGen.Import.Readers.PdfTable;

/// <summary>
/// A piece of body text that belongs to one cell: a run of lines the PDF wrapped (rejoined), or one space-separated cell of a line.
/// <paramref name="RejoinedAcrossBreak"/> lists lines where the run continued after a blank line or page header.
/// </summary>
internal sealed record BodyUnit(string Text, int FirstLine, int LastLine, UnitLink Link, bool FromSplitLine, IReadOnlyList<int> RejoinedAcrossBreak);
