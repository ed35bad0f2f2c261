using SiteGen.Site.Model;
using SiteGen.Site.Output;

namespace SiteGen.Site;

/// <summary>Something a build writes besides pages (feeds, open data, the search index).</summary>
public interface ISiteOutput
{
    void Write(SiteModel site, IReadOnlyList<Page> pages, StagingFolder folder, BuildOptions options, StageTimings timings);
}
