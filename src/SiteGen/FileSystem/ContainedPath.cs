namespace SiteGen.FileSystem;

/// <summary>
/// Keeps every file SiteGen reads or writes inside the folder it belongs to: seeds inside seeds/, templates and assets
/// inside templates/, pages inside the output. Both sides are compared after resolving symbolic links, and a folder
/// only contains paths below it (so "_site" does not contain "_site-old").
/// </summary>
public static class ContainedPath
{
    private static StringComparison Comparison =>
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>True when <paramref name="path"/>, links resolved, is <paramref name="folder"/> or lies below it.</summary>
    public static bool IsWithin(string folder, string path)
    {
        var root = RealPath.Of(folder);
        var real = RealPath.Of(path);
        return real.Equals(root, Comparison) || real.StartsWith(WithSeparator(root), Comparison);
    }

    /// <summary>
    /// <paramref name="relative"/> combined with <paramref name="folder"/>, or null when the result would leave the folder
    /// (an absolute path, "..", or a symbolic link pointing elsewhere).
    /// </summary>
    public static string? Resolve(string folder, string relative)
    {
        if (relative.Length == 0 || relative.Contains('\0')) return null;
        var combined = Path.GetFullPath(Path.Combine(folder, relative));
        return IsWithin(folder, combined) ? combined : null;
    }

    /// <summary>True when the two folders are the same or one holds the other, links resolved.</summary>
    public static bool Overlap(string a, string b) => IsWithin(a, b) || IsWithin(b, a);

    private static string WithSeparator(string path) =>
        path.EndsWith(Path.DirectorySeparatorChar) ? path : path + Path.DirectorySeparatorChar;
}
