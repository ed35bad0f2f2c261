namespace SiteGen.Search.Export;

/// <summary>
/// Which postings shard a term key lives in: 32-bit FNV-1a over the key's UTF-16 code units, modulo
/// the shard count. search.js computes the same (function <c>shardOf</c>) to fetch only what a query needs.
/// </summary>
public static class ShardHash
{
    public static uint Fnv1a(string key)
    {
        var hash = 2166136261u;
        foreach (var c in key)
        {
            hash ^= c;
            hash *= 16777619u;
        }
        return hash;
    }

    public static int ShardOf(string key, int shardCount) => (int)(Fnv1a(key) % (uint)shardCount);
}
