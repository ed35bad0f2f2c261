using SiteGen.Site.Model;

namespace SiteGen.Site;

/// <summary>
/// A build's checked model and its pages, before any is written: what the preview server serves from memory while the
/// rest of the build (every page, the search index, the link check) is still under way.
/// </summary>
public sealed record PreparedSite(IReadOnlyList<Page> Pages, SitePageRenderer Renderer);
