namespace SiteGen.FileSystem;

/// <summary>
/// A path with every symbolic link along it resolved, like POSIX realpath(3) but also for paths that do not exist yet
/// (their missing tail is kept as written). Containment is decided on these paths, so a link cannot lead out of a folder.
/// </summary>
public static class RealPath
{
    // The limit Linux puts on links followed while resolving one path.
    private const int MaxLinks = 40;

    public static string Of(string path)
    {
        var pending = new Stack<string>();
        var full = Path.GetFullPath(path);
        var current = Path.GetPathRoot(full)!;
        PushParts(pending, full[current.Length..]);
        var links = 0;
        while (pending.Count > 0)
        {
            var part = pending.Pop();
            var next = Path.Combine(current, part);
            var target = new FileInfo(next).LinkTarget;
            if (target is null)
            {
                current = next;
                continue;
            }
            if (++links > MaxLinks) throw new IOException($"{path}: too many symbolic links (a loop?)");
            var resolved = Path.GetFullPath(Path.IsPathRooted(target) ? target : Path.Combine(current, target));
            current = Path.GetPathRoot(resolved)!;
            PushParts(pending, resolved[current.Length..]);
        }
        return current;
    }

    private static void PushParts(Stack<string> pending, string relative)
    {
        var parts = relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        for (var i = parts.Length - 1; i >= 0; i--) pending.Push(parts[i]);
    }
}
