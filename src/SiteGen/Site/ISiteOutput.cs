using SiteGen.Site.Model;
using SiteGen.Site.Output;

namespace SiteGen.Site;

/// <summary>Something a build writes besides pages (feeds, open data, the search index).</summary>
public interface ISiteOutput
{
    /// <param name="pages">The pages, once listed: the build starts its outputs while it lists them.</param>
    void Write(SiteModel site, Task<IReadOnlyList<Page>> pages, StagingFolder folder, BuildOptions options, StageTimings timings);
}
