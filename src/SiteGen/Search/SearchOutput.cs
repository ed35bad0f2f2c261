using SiteGen.Search.Export;
using SiteGen.Search.Querying;
using SiteGen.Site;
using SiteGen.Site.Model;
using SiteGen.Site.Output;

namespace SiteGen.Search;

/// <summary>Writes the browser's search index into the built site (search/).</summary>
public sealed class SearchOutput : ISiteOutput
{
    public void Write(SiteModel site, Task<IReadOnlyList<Page>> pages, StagingFolder folder, BuildOptions options, StageTimings timings)
    {
        using var index = timings.Time("index", () => SearchIndex.InMemory(site.Content));
        timings.Time("export", () => StaticIndexExporter.Write(site.Content, index, p => SitePaths.Program(p.Id), folder.Root, p => site.Contact(p).Phones, files: folder));
    }
}
