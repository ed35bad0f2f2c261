using SiteGen.Content.Model;
using SiteGen.Site.Model;
using SiteGen.Site.Output;

namespace SiteGen.Site;

/// <summary>Something a build writes besides pages (feeds, open data, the search index).</summary>
public interface ISiteOutput
{
    /// <param name="content">The content as loaded: work that needs nothing more starts at once, while it is checked.</param>
    /// <param name="site">The checked model; it fails when the check does, and then nothing is written.</param>
    /// <param name="pages">The pages, once listed: the build starts its outputs while it lists them.</param>
    void Write(ContentSet content, Task<SiteModel> site, Task<IReadOnlyList<Page>> pages, StagingFolder folder, BuildOptions options, StageTimings timings);
}
