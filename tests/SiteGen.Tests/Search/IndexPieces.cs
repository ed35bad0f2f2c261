using System.Text.Json;
using SiteGen.Search.Export;

namespace SiteGen.Tests.Search;

/// <summary>Reading an exported browser index's pieces, and what every index must hold.</summary>
public static class IndexPieces
{
    /// <summary>The page asks for the shard of any key a query makes, and for every tail piece of a place's blocks.</summary>
    public static void AssertEveryPieceExists(string dir)
    {
        var manifest = Read(Path.Combine(dir, "manifest.js"));
        var shards = manifest.GetProperty("shardCount").GetInt32();
        Assert.All(Enumerable.Range(0, shards), n => Assert.True(File.Exists(Path.Combine(dir, "shards", StaticIndexExporter.ShardName(n) + ".js")), $"{dir}: shard {n}"));
        Assert.Equal(shards, Directory.GetFiles(Path.Combine(dir, "shards")).Length);
        if (!Directory.Exists(Path.Combine(dir, "tail"))) return;
        var block = manifest.GetProperty("tailBlock").GetInt32();
        var blocks = (manifest.GetProperty("programmes").GetInt32() + block - 1) / block;
        var tails = manifest.GetProperty("tailCount").GetInt32();
        Assert.All(Enumerable.Range(0, blocks * tails), n => Assert.True(File.Exists(Path.Combine(dir, "tail", PostingShards.TailName(n / tails, n % tails) + ".js")), $"tail {n / tails}-{n % tails}"));
        Assert.Equal(blocks * tails, Directory.GetFiles(Path.Combine(dir, "tail")).Length);
    }

    /// <summary>The data of a piece: the JSON inside SiteGenSearchData(kind, name, …).</summary>
    public static JsonElement Read(string file)
    {
        var text = File.ReadAllText(file);
        var json = text[(text.IndexOf('{'))..text.LastIndexOf(')')];
        return JsonDocument.Parse(json).RootElement.Clone();
    }
}
