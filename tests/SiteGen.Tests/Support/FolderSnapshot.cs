using System.Security.Cryptography;

namespace SiteGen.Tests.Support;

/// <summary>Every file of a folder tree (relative path → SHA-256), to prove that a refused or failed run changed nothing.</summary>
public sealed class FolderSnapshot
{
    private readonly SortedDictionary<string, string> _files;

    private FolderSnapshot(SortedDictionary<string, string> files) => _files = files;

    public int Count => _files.Count;

    public static FolderSnapshot Take(string dir)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (Directory.Exists(dir)) Add(dir, dir, files);
        return new FolderSnapshot(files);
    }

    // Links are recorded by their target and never followed, so a link loop planted by a test cannot hang the snapshot.
    private static void Add(string root, string dir, SortedDictionary<string, string> files)
    {
        foreach (var entry in Directory.EnumerateFileSystemEntries(dir))
        {
            var key = Path.GetRelativePath(root, entry).Replace('\\', '/');
            var info = new FileInfo(entry);
            if (info.LinkTarget is { } target) files[key] = "link:" + target;
            else if (Directory.Exists(entry)) Add(root, entry, files);
            else files[key] = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(entry)));
        }
    }

    /// <summary>Fails naming the first file that was added, removed or changed.</summary>
    public void AssertSame(FolderSnapshot after)
    {
        foreach (var (path, hash) in _files)
        {
            Assert.True(after._files.TryGetValue(path, out var now), $"{path} was removed");
            Assert.True(now == hash, $"{path} was changed");
        }
        foreach (var path in after._files.Keys)
            Assert.True(_files.ContainsKey(path), $"{path} was added");
    }
}
