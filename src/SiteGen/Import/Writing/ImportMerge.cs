using SiteGen.Content;
using SiteGen.Content.Model;
using SiteGen.FileSystem;

namespace SiteGen.Import.Writing;

/// <summary>What happened to one file on import.</summary>
public enum MergeOutcome { Written, Unchanged, KeptEdit, Conflict, KeptDeletion, Removed, Orphaned }

/// <summary>
/// Decides how imported files go into content/ without losing an editor's work. A file is replaced only while it still
/// holds what the importer last wrote; a hand-edited file is kept, and when the sources changed too, the new import
/// goes to the staging folder with a diff for the editor to merge. Nothing is written here: the decisions become
/// <see cref="Changes"/>, applied only once the whole import is known to be sound.
/// </summary>
public sealed class ImportMerge(string contentDir, string stagingDir, ImportManifest manifest, bool accept)
{
    public sealed record Result(string Path, MergeOutcome Outcome, string? Diff);

    private readonly List<FileChange> _changes = [];
    private readonly List<Diagnostic> _problems = [];

    /// <summary>The files to write into content/ and the staging folder, and the files to delete, in the order decided.</summary>
    public IReadOnlyList<FileChange> Changes => _changes;

    /// <summary>Paths that would leave content/ or the staging folder; the import must not be applied while there are any.</summary>
    public IReadOnlyList<Diagnostic> Problems => _problems;

    public Result? Apply(string relativePath, string imported)
    {
        if (Inside(contentDir, relativePath) is not { } target) return null;
        var last = manifest.Get(relativePath);
        var newDigest = ImportManifest.Digest(imported);
        if (!File.Exists(target))
        {
            if (last is not null && last == newDigest && !accept) return new Result(relativePath, MergeOutcome.KeptDeletion, null);
            _changes.Add(new FileChange(target, imported));
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
            _changes.Add(new FileChange(target, imported));
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
        if (Inside(stagingDir, relativePath) is not { } staged) return null;
        _changes.Add(new FileChange(staged, imported));
        return new Result(relativePath, MergeOutcome.Conflict, LineDiff.Unified(current, imported, relativePath));
    }

    /// <summary>
    /// A file the importer made before but no longer produces: removed while it still holds the importer's text,
    /// kept (and reported) when an editor has changed it.
    /// </summary>
    public Result? Retire(string relativePath)
    {
        if (Inside(contentDir, relativePath) is not { } target) return null;
        if (!File.Exists(target))
        {
            manifest.Remove(relativePath);
            return new Result(relativePath, MergeOutcome.Removed, null);
        }
        if (ImportManifest.Digest(File.ReadAllText(target)) != manifest.Get(relativePath))
            return new Result(relativePath, MergeOutcome.Orphaned, null);
        _changes.Add(new FileChange(target, null));
        manifest.Remove(relativePath);
        return new Result(relativePath, MergeOutcome.Removed, null);
    }

    /// <summary>
    /// The file's path, when it stays inside <paramref name="folder"/> with links resolved. Ids are checked where they are
    /// read; this is the last guard, so that no id, and no path in a damaged manifest, can make the import write elsewhere.
    /// </summary>
    private string? Inside(string folder, string relativePath)
    {
        if (ContainedPath.Resolve(folder, relativePath) is { } path) return path;
        _problems.Add(new Diagnostic(new SourceSpan(ContentPaths.Display(Path.Combine(folder, relativePath)), 1, 1),
            $"the import would write '{relativePath}' outside {ContentPaths.Display(folder)}; it writes nothing until every path stays inside"));
        return null;
    }
}
