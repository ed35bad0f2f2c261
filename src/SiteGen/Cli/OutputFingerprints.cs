using System.Security.Cryptography;

namespace SiteGen.Cli;

/// <summary>
/// The built site's files other than pages, by content hash from one build to the next, so the preview can tell an open
/// page whether anything it loaded (a stylesheet, a script, a piece of the search index) changed when its HTML did not.
/// </summary>
public sealed class OutputFingerprints
{
    private Dictionary<string, string> _hashes = new(StringComparer.Ordinal);

    /// <summary>The files (paths below the output, '/'-separated) added, changed or removed since the last call.</summary>
    public IReadOnlyList<string> Update(string outDir)
    {
        var now = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(outDir, "*", SearchOption.AllDirectories))
        {
            if (file.EndsWith(".html", StringComparison.Ordinal)) continue;
            now[Path.GetRelativePath(outDir, file).Replace('\\', '/')] = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));
        }
        var changed = now.Where(f => !_hashes.TryGetValue(f.Key, out var before) || before != f.Value).Select(f => f.Key)
            .Concat(_hashes.Keys.Where(k => !now.ContainsKey(k)))
            .Order(StringComparer.Ordinal).ToList();
        _hashes = now;
        return changed;
    }
}
