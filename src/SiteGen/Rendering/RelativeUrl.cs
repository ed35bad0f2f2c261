namespace SiteGen.Rendering;

/// <summary>
/// Links between pages, always relative, so one output works under any sub-path and when opened from disk.
/// Site paths are '/'-separated and relative to the site root, such as "programs/yangquan-01/index.html".
/// </summary>
public static class RelativeUrl
{
    public static string From(string fromPage, string toPath)
    {
        var depth = fromPage.Count(c => c == '/');
        var prefix = string.Concat(Enumerable.Repeat("../", depth));
        var target = toPath.TrimStart('/');
        return prefix + target is "" ? "./" : prefix + target;
    }

    /// <summary>The path from a page back to the site root, such as "../../".</summary>
    public static string Root(string fromPage)
    {
        var depth = fromPage.Count(c => c == '/');
        return depth == 0 ? "./" : string.Concat(Enumerable.Repeat("../", depth));
    }
}
