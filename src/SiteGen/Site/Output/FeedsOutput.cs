using SiteGen.Content.Model;
using SiteGen.Site.Model;

namespace SiteGen.Site.Output;

/// <summary>sitemap.xml, robots.txt, the Atom feed and the open-data files.</summary>
public sealed class FeedsOutput : ISiteOutput
{
    public void Write(ContentSet content, Task<SiteModel> site, Task<IReadOnlyList<Page>> pages, StagingFolder folder, BuildOptions options, StageTimings timings)
    {
        var listed = pages.GetAwaiter().GetResult();
        timings.Time("feeds", () => Write(site.GetAwaiter().GetResult(), listed, folder, options));
    }

    private static void Write(SiteModel site, IReadOnlyList<Page> pages, StagingFolder folder, BuildOptions options)
    {
        var baseUrl = BaseUrl(options.BaseUrl, site.Content.Site.SiteUrl);
        folder.WriteSite("sitemap.xml", SiteFiles.Bytes(SitemapWriter.Sitemap(pages, baseUrl, site.PubDate)));
        folder.WriteSite("robots.txt", SiteFiles.Bytes(SitemapWriter.Robots(baseUrl)));
        folder.WriteSite("feed.xml", SiteFiles.Bytes(FeedWriter.Atom(site, baseUrl, site.PubDate + "T00:00:00Z")));
        var rows = OpenDataWriter.Rows(site);
        folder.WriteSite("data/programs.json", SiteFiles.Bytes(OpenDataWriter.ToJson(rows)));
        folder.WriteSite("data/programs.csv", OpenDataWriter.ToCsv(rows));
    }

    /// <summary>--base-url wins over site_url; either way it ends with '/'.</summary>
    public static string BaseUrl(string? option, string siteUrl)
    {
        var value = string.IsNullOrWhiteSpace(option) ? siteUrl : option;
        return value.Length == 0 || value.EndsWith('/') ? value : value + "/";
    }
}
