using SiteGen.Content;
using SiteGen.Content.Model;
using SiteGen.FileSystem;

namespace SiteGen.Import.Writing;

/// <summary>What happened to one file on import. Merged: a hand-edited file took the source's changes field by field.</summary>
public enum MergeOutcome { Written, Unchanged, KeptEdit, Merged, Conflict, KeptDeletion, Removed, Orphaned }

/// <summary>
/// Decides how imported files go into content/ without losing an editor's work. A file is replaced only while it still
/// holds what the importer last wrote. A hand-edited file whose sources changed too is merged field by field against
/// the importer's last text (kept in content/.import-base/): the source's changes are taken, the editor's kept, and only
/// a field both changed differently is staged, marked, for the editor. Nothing is written here: the decisions become
/// <see cref="Changes"/>, applied only once the whole import is known to be sound.
/// </summary>
public sealed class ImportMerge(string contentDir, string stagingDir, ImportManifest manifest, bool accept)
{
    /// <summary>Where the text each file had at the last import is kept, for the next three-way merge.</summary>
    public const string BaseFolder = ".import-base";

    /// <summary>The outcome for one file; <paramref name="Fields"/> is the field-level merge when there was one.</summary>
    public sealed record Result(string Path, MergeOutcome Outcome, string? Diff, Merging.MergedFile? Fields = null, string? Before = null, string? After = null);

    private readonly string _baseDir = Path.Combine(contentDir, BaseFolder);

    /// <summary>The digests as this import found them: a rename reads the old entry of a path that this import has already given to another programme.</summary>
    private readonly Dictionary<string, string?> _found = manifest.Paths.ToDictionary(p => p, manifest.Get, StringComparer.Ordinal);

    private string? Found(string relativePath) => _found.GetValueOrDefault(relativePath);

    private readonly List<FileChange> _changes = [];
    private readonly List<Diagnostic> _problems = [];

    /// <summary>The files to write into content/ and the staging folder, and the files to delete, in the order decided.</summary>
    public IReadOnlyList<FileChange> Changes => _changes;

    /// <summary>Paths that would leave content/ or the staging folder; the import must not be applied while there are any.</summary>
    public IReadOnlyList<Diagnostic> Problems => _problems;

    /// <summary>
    /// A programme whose number in the list moved: its old file (with the editor's work) is merged into the new path as if it
    /// had always been there, and the old file, its base and its manifest entry go.
    /// </summary>
    /// <param name="fromReused">The old path now holds another programme, so it is rewritten rather than removed.</param>
    public Result? ApplyRenamed(string fromPath, string relativePath, string imported, bool fromReused)
    {
        if (Inside(contentDir, fromPath) is not { } from || Inside(contentDir, relativePath) is not { } target) return null;
        var current = File.ReadAllText(from).ReplaceLineEndings("\n");
        var lastText = BaseText(fromPath, Found(fromPath));
        if (!fromReused)
        {
            _changes.Add(new FileChange(from, null));
            RemoveBase(fromPath);
            manifest.Remove(fromPath);
        }
        if (ImportManifest.Digest(current) == Found(fromPath))
        {
            _changes.Add(new FileChange(target, imported));
            return Record(relativePath, imported, new Result(relativePath, MergeOutcome.Written, null, Before: lastText, After: imported));
        }
        var merged = lastText is null ? null : Merging.FieldMerge.Merge(lastText, current, imported);
        if (merged is { Clean: true })
        {
            _changes.Add(new FileChange(target, merged.Text));
            return Record(relativePath, imported, new Result(relativePath, MergeOutcome.Merged, null, merged, lastText, imported));
        }
        // Keep the editor's file under its new name and stage the merge, so the next import finds it where the list now puts it.
        _changes.Add(new FileChange(target, current));
        if (Inside(stagingDir, relativePath) is not { } staged) return null;
        _changes.Add(new FileChange(staged, merged?.Text ?? imported));
        return new Result(relativePath, MergeOutcome.Conflict, merged is null ? LineDiff.Unified(current, imported, relativePath) : null, merged, lastText, imported);
    }

    /// <summary>A new programme at a path whose old programme moved away (renamed): written as new, whatever the old file held.</summary>
    public Result? ApplyNew(string relativePath, string imported)
    {
        if (Inside(contentDir, relativePath) is not { } target) return null;
        _changes.Add(new FileChange(target, imported));
        return Record(relativePath, imported, new Result(relativePath, MergeOutcome.Written, null, After: imported));
    }

    public Result? Apply(string relativePath, string imported)
    {
        if (Inside(contentDir, relativePath) is not { } target) return null;
        var last = Found(relativePath);
        var newDigest = ImportManifest.Digest(imported);
        if (!File.Exists(target))
        {
            if (last is not null && last == newDigest && !accept) return new Result(relativePath, MergeOutcome.KeptDeletion, null);
            _changes.Add(new FileChange(target, imported));
            return Record(relativePath, imported, new Result(relativePath, MergeOutcome.Written, null, After: imported));
        }
        var current = File.ReadAllText(target).ReplaceLineEndings("\n");
        var currentDigest = ImportManifest.Digest(current);
        if (currentDigest == newDigest)
            return Record(relativePath, imported, new Result(relativePath, MergeOutcome.Unchanged, null));
        if (last is not null && currentDigest == last)
        {
            // Nobody edited it, so the file itself is what the importer wrote last time.
            _changes.Add(new FileChange(target, imported));
            return Record(relativePath, imported, new Result(relativePath, MergeOutcome.Written, null, Before: current, After: imported));
        }
        // The sources did not change: the edit stands, and the base is kept (or first recorded) for the next merge.
        if (last == newDigest) return Record(relativePath, imported, new Result(relativePath, MergeOutcome.KeptEdit, null));
        if (accept)
        {
            // The editor has merged the staged version by hand: remember it as seen so it stops being reported.
            return Record(relativePath, imported, new Result(relativePath, MergeOutcome.KeptEdit, null));
        }
        if (Inside(stagingDir, relativePath) is not { } staged) return null;
        var lastText = BaseText(relativePath, last);
        var merged = lastText is null ? null : Merging.FieldMerge.Merge(lastText, current, imported);
        if (merged is { Clean: true })
        {
            _changes.Add(new FileChange(target, merged.Text));
            return Record(relativePath, imported, new Result(relativePath, MergeOutcome.Merged, null, merged, lastText, imported));
        }
        // A conflict, or a file the field merge cannot read (or no base to merge against): stage it for the editor.
        _changes.Add(new FileChange(staged, merged?.Text ?? imported));
        return new Result(relativePath, MergeOutcome.Conflict, merged is null ? LineDiff.Unified(current, imported, relativePath) : null, merged, lastText, imported);
    }

    /// <summary>Notes the new import as what the importer last wrote: its digest in the manifest, its text as the next merge's base.</summary>
    private Result Record(string relativePath, string imported, Result result)
    {
        manifest.Set(relativePath, imported);
        if (Inside(_baseDir, relativePath) is { } basePath && (!File.Exists(basePath) || File.ReadAllText(basePath) != imported))
            _changes.Add(new FileChange(basePath, imported));
        return result;
    }

    /// <summary>The importer's last text of a file, when it is kept and matches the manifest (a stale or damaged copy is not used).</summary>
    private string? BaseText(string relativePath, string? digest)
    {
        if (digest is null || ContainedPath.Resolve(_baseDir, relativePath) is not { } path || !File.Exists(path)) return null;
        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        return ImportManifest.Digest(text) == digest ? text : null;
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
            RemoveBase(relativePath);
            return new Result(relativePath, MergeOutcome.Removed, null);
        }
        if (ImportManifest.Digest(File.ReadAllText(target)) != Found(relativePath))
            return new Result(relativePath, MergeOutcome.Orphaned, null);
        _changes.Add(new FileChange(target, null));
        RemoveBase(relativePath);
        manifest.Remove(relativePath);
        return new Result(relativePath, MergeOutcome.Removed, null);
    }

    private void RemoveBase(string relativePath)
    {
        if (ContainedPath.Resolve(_baseDir, relativePath) is { } path && File.Exists(path)) _changes.Add(new FileChange(path, null));
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
