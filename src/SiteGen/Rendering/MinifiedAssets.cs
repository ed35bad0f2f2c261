using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace SiteGen.Rendering;

/// <summary>
/// <see cref="AssetMinifier"/>'s last result for each file, with a hash of the bytes it was made from, for a process
/// that builds the same site again and again: an edit to a programme does not make the preview minify the unchanged
/// scripts again, and an edited script replaces its previous result rather than adding to a long session's memory.
/// </summary>
public sealed class MinifiedAssets
{
    private readonly ConcurrentDictionary<string, (string Hash, (byte[] Bytes, IReadOnlyList<string> Problems) Result)> _last = new(StringComparer.Ordinal);

    public (byte[] Bytes, IReadOnlyList<string> Problems) Of(string displayPath, byte[] source)
    {
        var hash = Convert.ToHexString(SHA256.HashData(source));
        if (_last.TryGetValue(displayPath, out var last) && last.Hash == hash) return last.Result;
        var result = AssetMinifier.Minify(displayPath, source);
        _last[displayPath] = (hash, result);
        return result;
    }
}
