using SiteGen.Import.Readers;
using SiteGen.Import.Sources;

namespace SiteGen.Import;

/// <summary>Reads the listing in a seed file, given its path and the name it is shown by.</summary>
public delegate IReadOnlyList<ListingRow> ListingSource(string path, string displayName);

/// <summary>The readers for each source format named in seeds/sources.yaml.</summary>
public sealed class ListingFormats(IReadOnlyDictionary<string, ListingSource> listings, IReadOnlyDictionary<string, Func<SeedText, DocumentText>> documents)
{
    public ListingSource Listing(string format) =>
        listings.TryGetValue(format, out var reader) ? reader
            : throw new Content.ContentException([new Content.Diagnostic(new Content.Model.SourceSpan("seeds/sources.yaml", 0, 0),
                $"unknown listing format '{format}'; known formats: {string.Join(", ", listings.Keys.Order(StringComparer.Ordinal))}")]);

    public Func<SeedText, DocumentText> Document(string format) =>
        documents.TryGetValue(format, out var reader) ? reader
            : throw new Content.ContentException([new Content.Diagnostic(new Content.Model.SourceSpan("seeds/sources.yaml", 0, 0),
                $"unknown document format '{format}'; known formats: {string.Join(", ", documents.Keys.Order(StringComparer.Ordinal))}")]);
}
