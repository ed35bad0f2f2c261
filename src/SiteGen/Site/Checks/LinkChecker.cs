using System.Collections.Concurrent;
using SiteGen.Concurrency;

namespace SiteGen.Site.Checks;

/// <summary>
/// Checks every page of a built site: each internal link and resource must exist, and nothing may be loaded
/// from elsewhere. Publishing platforms reject sites that fail either, so the build fails instead.
/// A page is read as it is rendered (<see cref="Read"/>), while its text is still at hand; what a page alone decides
/// (external, absolute and same-page links) is checked then, and where its other links lead is kept, each target once,
/// until every file is written (<see cref="Finish"/>). Memory grows with the site's files, not with its links.
/// </summary>
public sealed class LinkChecker(string siteRoot)
{
    public sealed record Problem(string Page, string Link, string Message, int OtherPages = 0)
    {
        public override string ToString() => $"{Page}: {Message}: {Link}" + (OtherPages > 0 ? $" (and {OtherPages} other page(s))" : "");
    }

    private readonly string _root = Path.GetFullPath(siteRoot);
    private readonly ConcurrentBag<Problem> _problems = [];
    // A target file and the first page (in ordinal order) that links to it, with how many pages do.
    private readonly ConcurrentDictionary<string, Asker> _targets = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _read = new(StringComparer.Ordinal);

    /// <summary>The first page, in ordinal order, that links to a target, and how many pages do; updated under its lock.</summary>
    private sealed class Asker(string page, string link)
    {
        public string Page { get; set; } = page;
        public string Link { get; set; } = link;
        public int Pages { get; set; }
    }

    /// <summary>Checks a page of the site, given by its path below the site root and its text.</summary>
    public void Read(string page, string html)
    {
        _read[page] = true;
        var (anchors, links) = PageLinks.Read(html);
        var baseDir = Path.GetDirectoryName(Path.Combine(_root, page))!;
        foreach (var (link, isResource) in links)
        {
            if (CheckAlone(baseDir, link, isResource, anchors) is not { } outcome) continue;
            if (outcome.Problem is { } problem) _problems.Add(new Problem(page, link, problem));
            else Note(outcome.Target!, page, link);
        }
    }

    private void Note(string target, string page, string link)
    {
        var asker = _targets.GetOrAdd(target, static (_, first) => new Asker(first.page, first.link), (page, link));
        lock (asker)
        {
            asker.Pages++;
            if (string.CompareOrdinal(page, asker.Page) >= 0) return;
            asker.Page = page;
            asker.Link = link;
        }
    }

    /// <summary>
    /// Reads the pages of the site not given to <see cref="Read"/>, then checks that every link leads to a file;
    /// returns the problems, in page order, and how many files the site has.
    /// </summary>
    public (IReadOnlyList<Problem> Problems, int Files) Finish()
    {
        // Every file of the site, listed once: a link is then a lookup, not a question to the file system.
        var files = Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories).ToHashSet(StringComparer.Ordinal);
        var unread = files.Where(f => f.EndsWith(".html", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(_root, f).Replace('\\', '/'))
            .Where(p => !_read.ContainsKey(p)).ToList();
        InParallel.ForEach(unread, page => Read(page, File.ReadAllText(Path.Combine(_root, page))));
        foreach (var (target, asker) in _targets)
            if (!files.Contains(target)) _problems.Add(new Problem(asker.Page, asker.Link, "broken link", asker.Pages - 1));
        var problems = _problems.OrderBy(p => p.Page, StringComparer.Ordinal).ThenBy(p => p.Link, StringComparer.Ordinal)
            .ThenBy(p => p.Message, StringComparer.Ordinal).ToList();
        return (problems, files.Count);
    }

    /// <summary>A problem the page alone shows, or the file the link needs; null for a link that needs nothing.</summary>
    private (string? Problem, string? Target)? CheckAlone(string baseDir, string link, bool isResource, HashSet<string> anchors)
    {
        if (link.StartsWith("tel:", StringComparison.Ordinal) || link.StartsWith("mailto:", StringComparison.Ordinal))
            return isResource ? ("a resource must be a file of the site", null) : null;
        if (link.StartsWith("//", StringComparison.Ordinal) || link.Contains("://", StringComparison.Ordinal) || link.StartsWith("data:", StringComparison.Ordinal) && !isResource)
            return (isResource ? "external resource (the site must load nothing from elsewhere)" : "absolute link (links must be relative so the site works under any path)", null);
        if (link.StartsWith('/'))
            return ("root-absolute link (links must be relative so the site works under any sub-path and from disk)", null);
        if (link.StartsWith("data:", StringComparison.Ordinal)) return null;
        var hash = link.IndexOf('#');
        var fragment = hash >= 0 ? link[(hash + 1)..] : null;
        var pathPart = hash >= 0 ? link[..hash] : link;
        var query = pathPart.IndexOf('?');
        if (query >= 0) pathPart = pathPart[..query];
        if (pathPart.Length == 0)
            return fragment is null || fragment.Length == 0 || anchors.Contains(Uri.UnescapeDataString(fragment)) ? null : ("broken anchor", null);
        var target = Path.GetFullPath(Path.Combine(baseDir, Uri.UnescapeDataString(pathPart)));
        if (!target.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal)) return ("link leaves the site", null);
        if (pathPart.EndsWith('/')) return ("link to a folder (link to its index.html so the page opens from disk)", null);
        return (null, target);
    }
}
