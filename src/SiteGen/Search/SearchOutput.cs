using SiteGen.Content.Model;
using SiteGen.Search.Export;
using SiteGen.Search.Querying;
using SiteGen.Site;
using SiteGen.Site.Model;
using SiteGen.Site.Output;

namespace SiteGen.Search;

/// <summary>Writes the browser's search index into the built site (search/).</summary>
public sealed class SearchOutput : ISiteOutput
{
    public void Write(ContentSet content, Task<SiteModel> site, Task<IReadOnlyList<Page>> pages, StagingFolder folder, BuildOptions options, StageTimings timings)
    {
        // The index needs the content alone, so it is built while the figures are checked.
        var indexing = Task.Run(() => timings.Time("index", () => SearchIndex.InMemory(content)));
        SiteModel model;
        try { model = site.GetAwaiter().GetResult(); }
        catch
        {
            // A build that failed its check writes nothing: the index is let finish on its own, then let go.
            indexing.ContinueWith(t => { if (t.IsCompletedSuccessfully) t.Result.Dispose(); }, TaskScheduler.Default);
            throw;
        }
        var export = new StaticIndexExport(model.Content, p => SitePaths.Program(p.Id), folder.Root, p => model.Contact(p).Phones, files: folder);
        // The programme table, the filter sets and the result fragments need no index: they are written while it is built.
        timings.Time("export", export.WriteProgrammes);
        using var index = indexing.GetAwaiter().GetResult();
        timings.Time("export", () => export.WritePostings(index));
    }
}
