using SiteGen.Content;
using SiteGen.Content.Loading;
using SiteGen.Content.Model;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Import.Sources;

/// <summary>One seed file as seeds/sources.yaml describes it.</summary>
public sealed record SeedSource(string File, string Region, string Publisher, string Title, bool TitleSupplied, int Year, string Kind, string Format, string? Listing, string? Prefix);

/// <summary>seeds/sources.yaml: the region tree the seeds speak of and what each seed file is.</summary>
public sealed record SourceCatalog(IReadOnlyList<Region> Regions, IReadOnlyList<SeedSource> Sources)
{
    public static SourceCatalog Load(string path)
    {
        var diagnostics = new DiagnosticBag();
        var file = new FileContext(ContentPaths.Display(path), 1, diagnostics);
        var regions = new List<Region>();
        var sources = new List<SeedSource>();
        if (file.Parse(File.ReadAllText(path)) is YamlMappingNode root)
        {
            var map = new YamlMap(root, file);
            foreach (var r in map.MapList("regions"))
            {
                regions.Add(ListFileReader.ReadRegion(r));
                r.RejectUnknownKeys();
            }
            foreach (var s in map.MapList("sources"))
            {
                sources.Add(new SeedSource(
                    s.RequiredString("file", "the seed's file name"), s.RequiredString("region", "a region id"),
                    s.RequiredString("publisher", "who published it"), s.RequiredString("title", "its title"),
                    s.OptionalBool("title_supplied"), s.OptionalInt("year") ?? 0,
                    s.RequiredString("kind", "listing or document"), s.RequiredString("format", "tsv-table, pdf-table or text-document"),
                    s.OptionalString("listing"), s.OptionalString("prefix")));
                s.RejectUnknownKeys();
            }
            map.RejectUnknownKeys();
        }
        else if (!diagnostics.HasErrors)
        {
            diagnostics.Add(file.Start, "sources.yaml must be a mapping with 'regions' and 'sources'");
        }
        if (diagnostics.HasErrors) throw new ContentException(diagnostics.Sorted().ToList());
        return new SourceCatalog(regions, sources);
    }
}
