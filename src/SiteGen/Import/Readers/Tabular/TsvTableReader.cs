using SiteGen.Import.Sources;

namespace SiteGen.Import.Readers.Tabular;

/// <summary>
/// Reads a listing published as a tab-separated table whose header row (and title) repeats at every page break,
/// such as a PDF or web table exported to text. Columns are mapped by their headings, never by position.
/// </summary>
public sealed class TsvTableReader : IListingReader
{
    private readonly TsvRowCollector collector = new();
    private readonly TableAssembler assembler = new();

    /// <exception cref="Content.ContentException">The seed holds no whole table: see <see cref="TableShape"/>.</exception>
    public IReadOnlyList<ListingRow> Read(SeedText seed)
    {
        var rows = collector.Collect(seed);
        TableShape.Check(seed.File, seed.Lines.Select((line, i) => (i + 1, (IReadOnlyList<string>)line.Split('\t'))), rows);
        return assembler.Assemble(seed.File, rows);
    }
}
