using SiteGen.Site;
using SiteGen.Search;
using SiteGen.Site.Output;

namespace SiteGen.Cli;

/// <summary>The outputs a build writes besides pages.</summary>
public static class SiteOutputs
{
    public static IReadOnlyList<ISiteOutput> All() => [new FeedsOutput(), new SearchOutput()];
}
