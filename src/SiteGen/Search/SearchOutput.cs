using SiteGen.Search.Export;
using SiteGen.Site;
using SiteGen.Site.Model;
using SiteGen.Site.Output;

namespace SiteGen.Search;

/// <summary>Writes the browser's search index into the built site (search/).</summary>
public sealed class SearchOutput : ISiteOutput
{
    public void Write(SiteModel site, IReadOnlyList<Page> pages, StagingFolder folder, BuildOptions options) =>
        StaticIndexExporter.Write(site.Content, p => SitePaths.Program(p.Id), folder.Root, p => site.Contact(p).Phones);
}
