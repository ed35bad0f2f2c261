using SiteGen.Site.Model;

namespace SiteGen.Site.Output;

/// <summary>sitemap.xml, robots.txt, the Atom feed and the open-data files.</summary>
public sealed class FeedsOutput : ISiteOutput
{
    public void Write(SiteModel site, IReadOnlyList<Page> pages, StagingFolder folder, BuildOptions options, StageTimings timings) =>
        timings.Time("feeds", () => Write(site, pages, folder, options));

    private static void Write(SiteModel site, IReadOnlyList<Page> pages, StagingFolder folder, BuildOptions options)
    {
        var baseUrl = BaseUrl(options.BaseUrl, site.Content.Site.SiteUrl);
        SiteFiles.Write(folder.Combine("sitemap.xml"), SitemapWriter.Sitemap(pages, baseUrl, site.PubDate));
        SiteFiles.Write(folder.Combine("robots.txt"), SitemapWriter.Robots(baseUrl));
        SiteFiles.Write(folder.Combine("feed.xml"), FeedWriter.Atom(site, baseUrl, site.PubDate + "T00:00:00Z"));
        var rows = OpenDataWriter.Rows(site);
        SiteFiles.Write(folder.Combine("data/programs.json"), OpenDataWriter.ToJson(rows));
        File.WriteAllBytes(folder.Combine("data/programs.csv"), OpenDataWriter.ToCsv(rows));
    }

    /// <summary>--base-url wins over site_url; either way it ends with '/'.</summary>
    public static string BaseUrl(string? option, string siteUrl)
    {
        var value = string.IsNullOrWhiteSpace(option) ? siteUrl : option;
        return value.Length == 0 || value.EndsWith('/') ? value : value + "/";
    }
}
