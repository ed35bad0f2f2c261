using SiteGen.Import.Readers;
using SiteGen.Import.Sources;

namespace SiteGen.Import;

/// <summary>The source formats SiteGen reads, by the names seeds/sources.yaml uses.</summary>
public static class ImportFormats
{
    public static ListingFormats Standard() => new(
        new Dictionary<string, IListingReader>(StringComparer.Ordinal),
        new Dictionary<string, Func<SeedText, DocumentText>>(StringComparer.Ordinal));
}
