namespace SiteGen.Content;

/// <summary>Paths as shown in messages: relative to the working folder when below it, so editors can click them.</summary>
public static class ContentPaths
{
    public static string Display(string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? full : relative).Replace('\\', '/');
    }
}
