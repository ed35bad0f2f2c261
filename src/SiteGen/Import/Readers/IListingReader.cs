using SiteGen.Import.Sources;

namespace SiteGen.Import.Readers;

/// <summary>Turns one source format into listing rows.</summary>
public interface IListingReader
{
    IReadOnlyList<ListingRow> Read(SeedText seed);
}
