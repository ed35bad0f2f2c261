using System.Security.Cryptography;

namespace SiteGen.Tests.Support;

/// <summary>
/// Every entry below a folder by relative path, with a digest of each file's bytes (folders and links recorded too), so a test
/// can prove that a run changed nothing: two snapshots are equal only when nothing was added, removed or altered.
/// </summary>
public sealed class FolderSnapshot : IEquatable<FolderSnapshot>
{
    private readonly SortedDictionary<string, string> _entries;

    private FolderSnapshot(SortedDictionary<string, string> entries) => _entries = entries;

    /// <summary>Relative path ('/'-separated) → what is there: a file's SHA-256, "folder", or "link to …".</summary>
    public IReadOnlyDictionary<string, string> Entries => _entries;

    public static FolderSnapshot Take(string dir)
    {
        var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 };
        foreach (var path in Directory.EnumerateFileSystemEntries(dir, "*", options))
        {
            var info = new FileInfo(path);
            entries[Path.GetRelativePath(dir, path).Replace('\\', '/')] =
                info.LinkTarget is { } target ? "link to " + target
                : Directory.Exists(path) ? "folder"
                : Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
        }
        return new FolderSnapshot(entries);
    }

    /// <summary>Fails with the paths that were added, removed or changed since <paramref name="before"/>.</summary>
    public void AssertSame(FolderSnapshot before)
    {
        var added = _entries.Keys.Except(before._entries.Keys).ToList();
        var removed = before._entries.Keys.Except(_entries.Keys).ToList();
        var changed = _entries.Keys.Intersect(before._entries.Keys).Where(k => _entries[k] != before._entries[k]).ToList();
        Assert.True(added.Count + removed.Count + changed.Count == 0,
            $"the folder changed: added [{string.Join(", ", added)}], removed [{string.Join(", ", removed)}], changed [{string.Join(", ", changed)}]");
    }

    public bool Equals(FolderSnapshot? other) => other is not null && _entries.SequenceEqual(other._entries);

    public override bool Equals(object? obj) => Equals(obj as FolderSnapshot);

    public override int GetHashCode() => _entries.Aggregate(0, (hash, entry) => HashCode.Combine(hash, entry.Key, entry.Value));
}
