namespace SiteGen.Import.Readers.PdfTable;

/// <summary>How a body unit sits against the unit before it; this says how likely the two are one cell.</summary>
internal enum UnitLink
{
    /// <summary>The first unit of the body.</summary>
    First,
    /// <summary>Another cell on the same printed line, separated by spaces.</summary>
    SameLine,
    /// <summary>The next line of the same block after a line that did not reach the column width: a new paragraph or a new cell.</summary>
    NextLine,
    /// <summary>After a blank line or a page header.</summary>
    NewBlock,
}
