using SiteGen.Content;
using SiteGen.FileSystem;

namespace SiteGen.Site.Output;

/// <summary>
/// The folder a build publishes into. A build replaces it as a whole, so SiteGen only ever replaces a folder it wrote
/// itself (it carries <see cref="MarkerName"/>) or an empty one; anything else is a user's folder and is refused.
/// Staging and retired copies live beside it as "NAME.staging-*" and "NAME.old-*", each marked the same way.
/// </summary>
public sealed class OutputFolder
{
    public const string MarkerName = ".sitegen-output";

    /// <summary>The marker's text, the same in every build so that output stays byte-identical.</summary>
    public const string MarkerText = "This folder was written by SiteGen. Each build replaces everything in it.\n";

    private const string StagingInfix = ".staging-";
    private const string RetiredInfix = ".old-";

    public OutputFolder(string path)
    {
        if (string.IsNullOrWhiteSpace(path)) throw new OutputFolderException("--out is empty; give the folder to build into, such as _site");
        Path = System.IO.Path.GetFullPath(path).TrimEnd(System.IO.Path.DirectorySeparatorChar);
        Parent = System.IO.Path.GetDirectoryName(Path)
            ?? throw new OutputFolderException($"'{path}' is the root of the file system; give --out a folder of its own, such as _site");
        Name = System.IO.Path.GetFileName(Path);
    }

    public string Path { get; }
    public string Parent { get; }
    public string Name { get; }

    public string Display => ContentPaths.Display(Path);

    /// <summary>Where the lock that lets one build at a time write this folder is kept.</summary>
    public string LockPath => System.IO.Path.Combine(Parent, Name + ".lock");

    public string NewStagingPath() => Sibling(StagingInfix);

    public string NewRetiredPath() => Sibling(RetiredInfix);

    public static bool IsMarked(string folder)
    {
        var marker = new FileInfo(System.IO.Path.Combine(folder, MarkerName));
        return marker.Exists && marker.LinkTarget is null;
    }

    /// <summary>Refuses folders that hold or sit inside the build's own sources: publishing there would replace them.</summary>
    public void EnsureApartFrom(IEnumerable<(string Option, string Folder)> sources)
    {
        foreach (var (option, folder) in sources)
        {
            if (ContainedPath.Overlap(Path, folder))
                throw new OutputFolderException(
                    $"the output folder {Display} and the {option} folder {ContentPaths.Display(folder)} overlap, so a build would replace the {option}; give --out a folder of its own, such as _site");
        }
    }

    /// <summary>Refuses an output folder that SiteGen did not write, before any work is done.</summary>
    public void EnsureReplaceable()
    {
        if (File.Exists(Path))
            throw new OutputFolderException($"{Display} is a file, not a folder; give --out a folder of its own, such as _site");
        if (!Directory.Exists(Path)) return;
        if (new DirectoryInfo(Path).LinkTarget is not null)
            throw new OutputFolderException($"{Display} is a symbolic link; a build replaces the folder itself, so pass the folder it points to as --out");
        if (IsMarked(Path) || !Directory.EnumerateFileSystemEntries(Path).Any()) return;
        throw new OutputFolderException(
            $"{Display} already holds files that SiteGen did not write (it has no {MarkerName} file), and a build replaces everything in it; " +
            "choose an empty or new folder with --out, or move those files away first");
    }

    /// <summary>
    /// Puts things right after a build that was stopped part way: restores the previous site if it was moved aside and
    /// never replaced, then removes this folder's leftover staging and retired copies. Run only while holding the lock.
    /// </summary>
    public void Recover(Action<string> warn)
    {
        var retired = Siblings(RetiredInfix).ToList();
        if (!Directory.Exists(Path) && !File.Exists(Path) && retired.Count > 0)
        {
            var newest = retired.OrderByDescending(Directory.GetLastWriteTimeUtc).ThenBy(p => p, StringComparer.Ordinal).First();
            Directory.Move(newest, Path);
            warn($"restored the previous site into {Display}: an earlier build was stopped while swapping it");
            retired.Remove(newest);
        }
        foreach (var leftover in retired.Concat(Siblings(StagingInfix))) RemoveQuietly(leftover, warn);
    }

    /// <summary>Deletes a copy SiteGen made; a failure is reported, never fatal, because the site itself is already in place.</summary>
    public static void RemoveQuietly(string folder, Action<string> warn)
    {
        try
        {
            if (!Directory.Exists(folder)) return;
            // Removing a file waits on the file system, not the processor: several at once take a fraction of the time
            // one after another does, and a large site has tens of thousands of them.
            // Links are never followed (nor removed here): Directory.Delete removes a link itself, not what it points to.
            var files = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = true };
            // A file that will not go is left for Directory.Delete, which then reports it.
            System.Threading.Tasks.Parallel.ForEach(Directory.EnumerateFiles(folder, "*", files), new ParallelOptions { MaxDegreeOfParallelism = 8 }, file =>
            {
                try { File.Delete(file); }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
            });
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            warn($"could not remove {ContentPaths.Display(folder)} ({e.Message}); the site is fine, remove that folder by hand");
        }
    }

    private IEnumerable<string> Siblings(string infix)
    {
        if (!Directory.Exists(Parent)) return [];
        var prefix = Name + infix;
        return Directory.EnumerateDirectories(Parent)
            .Where(d => System.IO.Path.GetFileName(d).StartsWith(prefix, StringComparison.Ordinal) && new DirectoryInfo(d).LinkTarget is null && IsMarked(d))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private string Sibling(string infix) =>
        System.IO.Path.Combine(Parent, Name + infix + Guid.NewGuid().ToString("N")[..12]);
}

/// <summary>The output folder cannot be used as given: a usage error (exit 2), raised before anything is written.</summary>
public sealed class OutputFolderException(string message) : Exception(message);
