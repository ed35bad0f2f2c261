using SiteGen.Site.Output;

namespace SiteGen.Import.Writing;

/// <summary>
/// Applies an import's changes so that no file is ever half-written: each new text goes to a temporary file beside its
/// target and is renamed over it. Every temporary file is written before the first rename, so a failure while writing
/// (a full disk, a read-only folder) leaves every target as it was.
/// </summary>
public static class FileChanges
{
    private const string TemporarySuffix = ".import-tmp";

    /// <summary>Deletes and writes the changed files, the last write last: put the file that records the others at the end.</summary>
    public static void Apply(IReadOnlyList<FileChange> changes)
    {
        var writes = changes.Where(c => !c.IsDeletion && !HoldsAlready(c)).ToList();
        var created = new List<string>();
        var prepared = new List<(string Temporary, string Target)>();
        try
        {
            foreach (var write in writes)
            {
                var temporary = TemporaryFor(write.Path);
                CreateFolderOf(write.Path, created);
                File.WriteAllText(temporary, write.Text, SiteFiles.Utf8);
                prepared.Add((temporary, write.Path));
            }
        }
        catch
        {
            foreach (var (temporary, _) in prepared) File.Delete(temporary);
            foreach (var folder in Enumerable.Reverse(created)) if (!Directory.EnumerateFileSystemEntries(folder).Any()) Directory.Delete(folder);
            throw;
        }
        // Deletions first: should the run stop among the renames, the record still names the deleted files, and the next import finds them gone.
        foreach (var deletion in changes.Where(c => c.IsDeletion)) File.Delete(deletion.Path);
        foreach (var (temporary, target) in prepared) File.Move(temporary, target, overwrite: true);
    }

    /// <summary>The temporary file beside <paramref name="path"/>: hidden, and not named like content, so no reader takes it for a content file.</summary>
    private static string TemporaryFor(string path) =>
        Path.Combine(Path.GetDirectoryName(path)!, "." + Path.GetFileName(path) + TemporarySuffix);

    /// <summary>A file that already holds the text is left alone, so its time stamp does not say it changed.</summary>
    private static bool HoldsAlready(FileChange change) =>
        File.Exists(change.Path) && File.ReadAllBytes(change.Path).AsSpan().SequenceEqual(SiteFiles.Utf8.GetBytes(change.Text!));

    private static void CreateFolderOf(string path, List<string> created)
    {
        var missing = new Stack<string>();
        for (var folder = Path.GetDirectoryName(path); folder is not null && !Directory.Exists(folder); folder = Path.GetDirectoryName(folder))
            missing.Push(folder);
        foreach (var folder in missing)
        {
            Directory.CreateDirectory(folder);
            created.Add(folder);
        }
    }
}
