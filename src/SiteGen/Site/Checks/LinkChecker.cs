using SiteGen.Concurrency;

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
        siteRoot = Path.GetFullPath(siteRoot);
        // Every file of the site, listed once: a link is then a lookup, not a question to the file system.
        var files = Directory.EnumerateFiles(siteRoot, "*", SearchOption.AllDirectories).ToHashSet(StringComparer.Ordinal);
        var pages = files.Where(f => f.EndsWith(".html", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        return InParallel.Map(pages, page => CheckPage(siteRoot, page, files)).SelectMany(p => p).ToList();
    }

    private static List<Problem> CheckPage(string siteRoot, string file, HashSet<string> files)
    {
        var page = Path.GetRelativePath(siteRoot, file).Replace('\\', '/');
        var (anchors, links) = PageLinks.Read(File.ReadAllText(file));
        var problems = new List<Problem>();
        foreach (var (link, isResource) in links)
            if (CheckLink(siteRoot, page, link, isResource, anchors, files) is { } problem) problems.Add(new Problem(page, link, problem));
        return problems;
    }

    private static string? CheckLink(string siteRoot, string page, string link, bool isResource, HashSet<string> anchors, HashSet<string> files)
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
        if (!target.StartsWith(siteRoot, StringComparison.Ordinal)) return "link leaves the site";
        if (pathPart.EndsWith('/')) return "link to a folder (link to its index.html so the page opens from disk)";
        return files.Contains(target) ? null : "broken link";
    }
}
