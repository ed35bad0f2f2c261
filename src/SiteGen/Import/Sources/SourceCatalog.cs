using SiteGen.Content;
using SiteGen.Content.Loading;
using SiteGen.Content.Model;
using SiteGen.FileSystem;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Import.Sources;

/// <summary>
/// One seed file as seeds/sources.yaml describes it; <paramref name="FullPath"/> is inside the seeds folder, links resolved.
/// <paramref name="TitleNote"/> says why an editor supplied <paramref name="Title"/>, and goes to the document's record with it.
/// </summary>
public sealed record SeedSource(string File, string Region, string Publisher, string Title, bool TitleSupplied, string? TitleNote, int Year, string Kind, string Format,
    string? Listing, string? Prefix, string FullPath, SourceSpan Where)
{
    /// <summary>True when the source yields programmes: a listing, or a document that ends with one.</summary>
    public bool HasListing => Kind == "listing" || Listing is not null;
}

/// <summary>seeds/sources.yaml: the region tree the seeds speak of and what each seed file is.</summary>
public sealed record SourceCatalog(IReadOnlyList<Region> Regions, IReadOnlyList<SeedSource> Sources)
{
    /// <summary>
    /// Reads the catalog, adding every problem to <paramref name="diagnostics"/>. The catalog holds only the sources whose
    /// entries are sound, so their seeds can still be checked in the same run; a file that is not a mapping yields none.
    /// </summary>
    public static SourceCatalog Load(string path, DiagnosticBag diagnostics)
    {
        var seedsDir = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var file = new FileContext(ContentPaths.Display(path), 1, diagnostics);
        var regions = new List<Region>();
        var sources = new List<SeedSource>();
        if (file.Parse(File.ReadAllText(path)) is YamlMappingNode root)
        {
            var map = new YamlMap(root, file);
            foreach (var r in map.MapList("regions"))
            {
                var region = ListFileReader.ReadRegion(r);
                r.RejectUnknownKeys();
                regions.Add(region);
            }
            foreach (var s in map.MapList("sources"))
            {
                var before = diagnostics.Items.Count;
                var source = ReadSource(s, seedsDir);
                s.RejectUnknownKeys();
                if (source is not null && diagnostics.Items.Count == before) sources.Add(source);
            }
            map.RejectUnknownKeys();
        }
        else if (!diagnostics.HasErrors)
        {
            diagnostics.Add(file.Start, "sources.yaml must be a mapping with 'regions' and 'sources'");
        }
        return new SourceCatalog(regions, sources);
    }

    private static SeedSource? ReadSource(YamlMap s, string seedsDir)
    {
        var file = s.RequiredString("file", "the seed's file name");
        var region = s.RequiredId("region", "a region id");
        var publisher = s.RequiredString("publisher", "who published it");
        var title = s.RequiredString("title", "its title");
        var titleSupplied = s.OptionalBool("title_supplied");
        var titleNote = s.OptionalString("title_note");
        var year = s.OptionalInt("year") ?? 0;
        var kind = s.RequiredString("kind", "listing or document");
        var format = s.RequiredString("format", "tsv-table, pdf-table or text-document");
        var listing = s.OptionalString("listing");
        var prefix = s.OptionalId("prefix");
        if (prefix is null && (kind == "listing" || listing is not null))
            s.Diagnostics.Add(s.Where, "missing required key 'prefix': the start of the ids of the programmes this source yields, such as the region's id");
        var fullPath = SeedPath(s, seedsDir, file);
        return fullPath is null ? null
            : new SeedSource(file, region, publisher, title, titleSupplied, titleNote, year, kind, format, listing, prefix, fullPath, s.WhereOf("file"));
    }

    /// <summary>The seed's path, which must stay inside the seeds folder once links are resolved: sources.yaml names seeds, nothing else.</summary>
    private static string? SeedPath(YamlMap s, string seedsDir, string file)
    {
        if (file.Length == 0) return null;
        var seeds = ContentPaths.Display(seedsDir);
        if (ContainedPath.Resolve(seedsDir, file) is not { } full)
        {
            s.Diagnostics.Add(s.WhereOf("file"), $"seed file '{file}' is outside {seeds}: name a file in the seeds folder, " +
                "without '..', an absolute path or a link that leads out of it");
            return null;
        }
        if (!File.Exists(full))
        {
            s.Diagnostics.Add(s.WhereOf("file"), $"seed file '{file}' is listed but not in {seeds}");
            return null;
        }
        return full;
    }
}
