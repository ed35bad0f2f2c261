using SiteGen.Import.Readers;
using SiteGen.Import.Readers.Documents;
using SiteGen.Import.Readers.PdfTable;
using SiteGen.Import.Readers.Tabular;
using SiteGen.Import.Sources;

namespace SiteGen.Import;

/// <summary>The source formats SiteGen reads, by the names seeds/sources.yaml uses.</summary>
public static class ImportFormats
{
    public static ListingFormats Standard() => new(
        new Dictionary<string, IListingReader>(StringComparer.Ordinal)
        {
            ["tsv-table"] = new TsvTableReader(),
            ["pdf-table"] = new PdfTableReader(),
        },
        new Dictionary<string, Func<SeedText, DocumentText>>(StringComparer.Ordinal)
        {
            ["text-document"] = new DocumentTextReader().Read,
        });
}
