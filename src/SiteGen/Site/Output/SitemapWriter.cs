using System.Security;
using System.Text;
using SiteGen.Site.Model;

namespace SiteGen.Site.Output;

/// <summary>sitemap.xml and robots.txt. Sitemap addresses need the published site's address (site_url or --base-url).</summary>
public static class SitemapWriter
{
    public static string Sitemap(IEnumerable<Page> pages, string baseUrl, string lastModified)
    {
        var sb = new StringBuilder();
        sb.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.Append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var page in pages.Where(p => p.InSitemap))
        {
            var loc = baseUrl + (page.Path == SitePaths.Home ? "" : page.Path.EndsWith("/index.html", StringComparison.Ordinal) ? page.Path[..^"index.html".Length] : page.Path);
            sb.Append("  <url><loc>").Append(SecurityElement.Escape(loc)).Append("</loc><lastmod>").Append(lastModified).Append("</lastmod></url>\n");
        }
        sb.Append("</urlset>\n");
        return sb.ToString();
    }

    public static string Robots(string baseUrl) =>
        $"User-agent: *\nAllow: /\nSitemap: {baseUrl}sitemap.xml\n";
}
