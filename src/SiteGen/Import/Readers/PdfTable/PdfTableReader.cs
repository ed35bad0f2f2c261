using SiteGen.Import.Sources;

namespace SiteGen.Import.Readers.PdfTable;

/// <summary>
/// Reads listings whose text was extracted from PDF tables: items found by their running 序号, repeated page headers dropped,
/// wrapped cells rejoined, and blocks assigned to columns by position and, where a cell is missing or merged, by content.
/// </summary>
public sealed class PdfTableReader : IListingReader
{
    /// <exception cref="Content.ContentException">The seed holds no whole listing: see <see cref="PdfTableShape"/>.</exception>
    public IReadOnlyList<ListingRow> Read(SeedText seed)
    {
        var lines = seed.Lines.Select((text, i) => new SourceLine(i + 1, text)).ToList();
        var layout = PdfTableLayout.Detect(lines);
        var preamble = lines.TakeWhile(l => !ItemBoundaries.IsNumberLine(l.Text)).ToList();
        var items = ItemBoundaries.Find(lines, PageHeaders.FromPreamble(preamble));
        PdfTableShape.CheckLines(seed.File, lines, preamble, items.Count, layout);
        var rows = items.Select(item => RowBuilder.Build(seed, item, layout)).ToList();
        PdfTableShape.CheckLastItem(seed.File, rows, layout);
        return rows;
    }
}
