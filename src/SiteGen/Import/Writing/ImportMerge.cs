namespace SiteGen.Import.Writing;

/// <summary>What happened to one file on import.</summary>
public enum MergeOutcome { Written, Unchanged, KeptEdit, Conflict, KeptDeletion, Removed, Orphaned }

/// <summary>
/// Writes imported files into content/ without losing an editor's work. A file is replaced only while it still
/// holds what the importer last wrote; a hand-edited file is kept, and when the sources changed too, the new
/// import goes to the staging folder with a diff for the editor to merge.
/// </summary>
public sealed class ImportMerge(string contentDir, string stagingDir, ImportManifest manifest, bool accept)
{
    public sealed record Result(string Path, MergeOutcome Outcome, string? Diff);

    public Result Apply(string relativePath, string imported)
    {
        var target = Path.Combine(contentDir, relativePath);
        var last = manifest.Get(relativePath);
        var newDigest = ImportManifest.Digest(imported);
        if (!File.Exists(target))
        {
            if (last is not null && last == newDigest && !accept) return new Result(relativePath, MergeOutcome.KeptDeletion, null);
            Write(target, imported);
            manifest.Set(relativePath, imported);
            return new Result(relativePath, MergeOutcome.Written, null);
        }
        var current = File.ReadAllText(target).ReplaceLineEndings("\n");
        var currentDigest = ImportManifest.Digest(current);
        if (currentDigest == newDigest)
        {
            manifest.Set(relativePath, imported);
            return new Result(relativePath, MergeOutcome.Unchanged, null);
        }
        if (last is not null && currentDigest == last)
        {
            Write(target, imported);
            manifest.Set(relativePath, imported);
            return new Result(relativePath, MergeOutcome.Written, null);
        }
        if (last == newDigest) return new Result(relativePath, MergeOutcome.KeptEdit, null);
        if (accept)
        {
            // The editor has merged the staged version by hand: remember it as seen so it stops being reported.
            manifest.Set(relativePath, imported);
            return new Result(relativePath, MergeOutcome.KeptEdit, null);
        }
        Write(Path.Combine(stagingDir, relativePath), imported);
        return new Result(relativePath, MergeOutcome.Conflict, LineDiff.Unified(current, imported, relativePath));
    }

    /// <summary>
    /// A file the importer made before but no longer produces: removed while it still holds the importer's text,
    /// kept (and reported) when an editor has changed it.
    /// </summary>
    public Result Retire(string relativePath)
    {
        var target = Path.Combine(contentDir, relativePath);
        if (!File.Exists(target))
        {
            manifest.Remove(relativePath);
            return new Result(relativePath, MergeOutcome.Removed, null);
        }
        if (ImportManifest.Digest(File.ReadAllText(target)) != manifest.Get(relativePath))
            return new Result(relativePath, MergeOutcome.Orphaned, null);
        File.Delete(target);
        manifest.Remove(relativePath);
        return new Result(relativePath, MergeOutcome.Removed, null);
    }

    private static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, Site.Output.SiteFiles.Utf8);
    }
}
