using System.Security.Cryptography;

namespace SiteGen.Tests.Support;

/// <summary>
/// Every entry below a folder by relative path, with a digest of each file's bytes (folders and links recorded too), so a test
/// can prove that a run changed nothing: two snapshots are equal only when nothing was added, removed or altered.
/// Links are recorded by their target and never followed, so a link loop planted by a test cannot hang the snapshot.
/// </summary>
public sealed class FolderSnapshot : IEquatable<FolderSnapshot>
{
    private readonly SortedDictionary<string, string> _entries;

    private FolderSnapshot(SortedDictionary<string, string> entries) => _entries = entries;

    /// <summary>Relative path ('/'-separated) → what is there: a file's SHA-256, "folder", or "link to …".</summary>
    public IReadOnlyDictionary<string, string> Entries => _entries;

    public int Count => _entries.Count;

    public static FolderSnapshot Take(string dir)
    {
        var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (Directory.Exists(dir)) Add(dir, dir, entries);
        return new FolderSnapshot(entries);
    }

    private static void Add(string root, string dir, SortedDictionary<string, string> entries)
    {
        foreach (var path in Directory.EnumerateFileSystemEntries(dir))
        {
            var key = Path.GetRelativePath(root, path).Replace('\\', '/');
            if (new FileInfo(path).LinkTarget is { } target) entries[key] = "link to " + target;
            else if (Directory.Exists(path))
            {
                entries[key] = "folder";
                Add(root, path, entries);
            }
            else entries[key] = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
        }
    }

    /// <summary>Fails naming the paths found in only one of the two snapshots, and those that differ.</summary>
    public void AssertSame(FolderSnapshot other)
    {
        var onlyHere = _entries.Keys.Except(other._entries.Keys).ToList();
        var onlyThere = other._entries.Keys.Except(_entries.Keys).ToList();
        var changed = _entries.Keys.Intersect(other._entries.Keys).Where(k => _entries[k] != other._entries[k]).ToList();
        Assert.True(onlyHere.Count + onlyThere.Count + changed.Count == 0,
            $"the folder changed: only in one snapshot [{string.Join(", ", onlyHere)}], only in the other [{string.Join(", ", onlyThere)}], changed [{string.Join(", ", changed)}]");
    }

    public bool Equals(FolderSnapshot? other) => other is not null && _entries.SequenceEqual(other._entries);

    public override bool Equals(object? obj) => Equals(obj as FolderSnapshot);

    public override int GetHashCode() => _entries.Aggregate(0, (hash, entry) => HashCode.Combine(hash, entry.Key, entry.Value));
}
