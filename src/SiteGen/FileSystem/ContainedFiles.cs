namespace SiteGen.FileSystem;

/// <summary>The files of a folder tree, found without ever leaving it: links that lead outside are reported, not followed.</summary>
public static class ContainedFiles
{
    /// <param name="Files">Full paths of the files inside, sorted by ordinal relative path so builds are deterministic.</param>
    /// <param name="Escapes">Full paths of links (to files or folders) that resolve outside the root.</param>
    /// <param name="Broken">Full paths of links inside the root whose target does not exist.</param>
    public sealed record Listing(IReadOnlyList<string> Files, IReadOnlyList<string> Escapes, IReadOnlyList<string> Broken);

    /// <summary>What is wrong with a link in <see cref="Listing.Escapes"/>, for the folder named <paramref name="folder"/>.</summary>
    public static string Escaping(string link, string folder) =>
        $"a symbolic link to {RealPath.Of(link)}, outside the {folder} folder; files must live inside it, so copy the file in instead";

    /// <summary>What is wrong with a link in <see cref="Listing.Broken"/>.</summary>
    public static string Dangling(string link) =>
        $"a symbolic link to {new FileInfo(link).LinkTarget}, which does not exist; remove the link or restore its target";

    public static Listing List(string root, string extension = "")
    {
        var files = new List<string>();
        var escapes = new List<string>();
        var broken = new List<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var dir = pending.Pop();
            // A link to a folder inside the tree is followed once; the set stops loops.
            if (!visited.Add(RealPath.Of(dir))) continue;
            foreach (var entry in Directory.EnumerateFileSystemEntries(dir))
            {
                var info = new FileInfo(entry);
                var isLink = info.LinkTarget is not null;
                if (isLink && !ContainedPath.IsWithin(root, entry))
                {
                    if (entry.EndsWith(extension, StringComparison.Ordinal) || Directory.Exists(entry)) escapes.Add(entry);
                    continue;
                }
                // The resolved path, because .NET counts a link whose target is gone as existing.
                if (isLink && !Path.Exists(RealPath.Of(entry)))
                {
                    broken.Add(entry);
                    continue;
                }
                if (Directory.Exists(entry)) pending.Push(entry);
                else if (File.Exists(entry) && entry.EndsWith(extension, StringComparison.Ordinal)) files.Add(entry);
            }
        }
        return new Listing(
            files.OrderBy(f => Path.GetRelativePath(root, f).Replace('\\', '/'), StringComparer.Ordinal).ToList(),
            escapes.Order(StringComparer.Ordinal).ToList(),
            broken.Order(StringComparer.Ordinal).ToList());
    }
}
