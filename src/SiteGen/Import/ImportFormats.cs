using SiteGen.Import.Readers;
using SiteGen.Import.Readers.Documents;
using SiteGen.Import.Readers.PdfTable;
using SiteGen.Import.Readers.Spreadsheet;
using SiteGen.Import.Readers.Tabular;
using SiteGen.Import.Sources;

namespace SiteGen.Import;

/// <summary>The source formats SiteGen reads, by the names seeds/sources.yaml uses.</summary>
public static class ImportFormats
{
    public static ListingFormats Standard() => new(
        new Dictionary<string, ListingSource>(StringComparer.Ordinal)
        {
            ["tsv-table"] = FromText(new TsvTableReader()),
            ["pdf-table"] = FromText(new PdfTableReader()),
            ["xlsx"] = (path, _) => new SpreadsheetReader().Read(path),
            ["csv"] = (path, _) => new SpreadsheetReader().Read(path),
        },
        new Dictionary<string, Func<SeedText, DocumentText>>(StringComparer.Ordinal)
        {
            ["text-document"] = new DocumentTextReader().Read,
        });

    private static ListingSource FromText(IListingReader reader) => (path, name) => reader.Read(SeedTexts.Load(path, name));
}
