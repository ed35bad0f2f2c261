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

    public IReadOnlyList<ListingRow> Read(SeedText seed) => assembler.Assemble(seed.File, collector.Collect(seed));
}
