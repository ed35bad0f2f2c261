namespace SiteGen.Import.Readers.PdfTable;

/// <summary>A body unit with the column it was assigned to.</summary>
internal sealed record PlacedUnit(BodyUnit Unit, BodyColumn Column);
