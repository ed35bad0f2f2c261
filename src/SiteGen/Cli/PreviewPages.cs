using System.Collections.Concurrent;
using SiteGen.Site;
using SiteGen.Site.Model;
using SiteGen.Site.Output;

namespace SiteGen.Cli;

/// <summary>
/// The pages of a build under way, each rendered the first time it is asked for, so a saved edit shows in the open page
/// while the rest of the build (every other page, the search index, the link check) is still running. The bytes are the
/// ones the build writes: the same pages through the same renderer.
/// </summary>
public sealed class PreviewPages(PreparedSite prepared)
{
    private readonly Dictionary<string, Page> _byPath = prepared.Pages.ToDictionary(p => p.Path, StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<byte[]?>> _rendered = new(StringComparer.Ordinal);

    /// <summary>
    /// The HTML of the page a request path names (empty or a folder meaning its index page); null when the build has no
    /// such page, or when it fails to render, which the build itself then reports.
    /// </summary>
    public byte[]? Find(string relative)
    {
        var path = PathOf(relative);
        return path is null ? null : _rendered.GetOrAdd(path, p => new Lazy<byte[]?>(() => Render(_byPath[p]))).Value;
    }

    private string? PathOf(string relative)
    {
        if (relative.Length > 0 && _byPath.ContainsKey(relative)) return relative;
        var index = relative.Length == 0 ? SitePaths.Home : relative.TrimEnd('/') + "/" + SitePaths.Home;
        return _byPath.ContainsKey(index) ? index : null;
    }

    private byte[]? Render(Page page)
    {
        try { return SiteFiles.Bytes(prepared.Renderer.Render(page)); }
        catch (Exception e) when (e is not OutOfMemoryException) { return null; }
    }
}
