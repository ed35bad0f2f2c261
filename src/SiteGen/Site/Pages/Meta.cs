using SiteGen.Site.Model;

namespace SiteGen.Site.Pages;

/// <summary>Page metadata shared by the generators.</summary>
internal static class Meta
{
    public static PageMeta For(SiteModel site, string title, string column, params Crumb[] trail) =>
        new(title, column, site.Content.Site.ContentSource, site.PubDate, site.Content.Site.Description,
            [new Crumb("首页", SitePaths.Home), .. trail, new Crumb(title, null)]);
}
