using AngleSharp.Html.Parser;

namespace SiteGen.Site.Checks;

/// <summary>
/// Checks every page of a built site: each internal link and resource must exist, and nothing may be loaded
/// from elsewhere. Publishing platforms reject sites that fail either, so the build fails instead.
/// </summary>
public static class LinkChecker
{
    public sealed record Problem(string Page, string Link, string Message)
    {
        public override string ToString() => $"{Page}: {Message}: {Link}";
    }

    public static IReadOnlyList<Problem> Check(string siteRoot)
    {
        var parser = new HtmlParser();
        var problems = new List<Problem>();
        var pages = Directory.EnumerateFiles(siteRoot, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal);
        foreach (var file in pages)
        {
            var page = Path.GetRelativePath(siteRoot, file).Replace('\\', '/');
            using var stream = File.OpenRead(file);
            var doc = parser.ParseDocument(stream);
            var anchors = new HashSet<string>(doc.All.Select(e => e.Id).OfType<string>(), StringComparer.Ordinal);
            // <base> is where relative links resolve from on the server, not a link; only the 404 page has one.
            foreach (var element in doc.QuerySelectorAll("[href]:not(base), [src]"))
            {
                var isResource = element.LocalName is not "a";
                foreach (var attribute in new[] { "href", "src" })
                {
                    var link = element.GetAttribute(attribute);
                    if (link is null) continue;
                    var problem = CheckLink(siteRoot, page, link, isResource, anchors);
                    if (problem is not null) problems.Add(new Problem(page, link, problem));
                }
            }
        }
        return problems;
    }

    private static string? CheckLink(string siteRoot, string page, string link, bool isResource, HashSet<string> anchors)
    {
        if (link.StartsWith("tel:", StringComparison.Ordinal) || link.StartsWith("mailto:", StringComparison.Ordinal))
            return isResource ? "a resource must be a file of the site" : null;
        if (link.StartsWith("//", StringComparison.Ordinal) || link.Contains("://", StringComparison.Ordinal) || link.StartsWith("data:", StringComparison.Ordinal) && !isResource)
            return isResource ? "external resource (the site must load nothing from elsewhere)" : "absolute link (links must be relative so the site works under any path)";
        if (link.StartsWith('/'))
            return "root-absolute link (links must be relative so the site works under any sub-path and from disk)";
        if (link.StartsWith("data:", StringComparison.Ordinal)) return null;
        var hash = link.IndexOf('#');
        var fragment = hash >= 0 ? link[(hash + 1)..] : null;
        var pathPart = hash >= 0 ? link[..hash] : link;
        var query = pathPart.IndexOf('?');
        if (query >= 0) pathPart = pathPart[..query];
        if (pathPart.Length == 0)
            return fragment is null || fragment.Length == 0 || anchors.Contains(Uri.UnescapeDataString(fragment)) ? null : "broken anchor";
        var baseDir = Path.GetDirectoryName(Path.Combine(siteRoot, page))!;
        var target = Path.GetFullPath(Path.Combine(baseDir, Uri.UnescapeDataString(pathPart)));
        if (!target.StartsWith(Path.GetFullPath(siteRoot), StringComparison.Ordinal)) return "link leaves the site";
        if (pathPart.EndsWith('/')) return "link to a folder (link to its index.html so the page opens from disk)";
        return File.Exists(target) ? null : "broken link";
    }
}
