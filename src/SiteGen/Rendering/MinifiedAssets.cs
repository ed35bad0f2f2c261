using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace SiteGen.Rendering;

/// <summary>
/// <see cref="AssetMinifier"/>'s results by file and bytes, for a process that builds the same site again and again:
/// an edit to a programme does not make the preview minify the unchanged scripts again.
/// </summary>
public sealed class MinifiedAssets
{
    private readonly ConcurrentDictionary<string, (byte[] Bytes, IReadOnlyList<string> Problems)> _done = new(StringComparer.Ordinal);

    public (byte[] Bytes, IReadOnlyList<string> Problems) Of(string displayPath, byte[] source) =>
        _done.GetOrAdd(displayPath + "\n" + Convert.ToHexString(SHA256.HashData(source)), _ => AssetMinifier.Minify(displayPath, source));
}
