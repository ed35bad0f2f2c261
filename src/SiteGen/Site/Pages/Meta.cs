using SiteGen.Content.Model;
using SiteGen.Site.Model;

namespace SiteGen.Site.Pages;

/// <summary>Page metadata shared by the generators.</summary>
internal static class Meta
{
    public static PageMeta For(SiteModel site, string title, string column, params Crumb[] trail) =>
        new(title, column, site.Content.Site.ContentSource, site.PubDate, site.Content.Site.Description,
            [new Crumb("首页", SitePaths.Home), .. trail, new Crumb(title, null)]);

    /// <summary>
    /// A name with its region after it, unless it already starts with the region's name: the same programme or office
    /// name in two regions must not look the same in a browser tab or a search engine.
    /// </summary>
    public static string InRegion(string name, Region region) =>
        name.StartsWith(region.Name, StringComparison.Ordinal) ? name : $"{name}（{region.Name}）";
}
