using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SiteGen.Import.Writing;

/// <summary>
/// content/.import-manifest.json: the digest of what the importer last wrote to each file, and how many programmes each
/// seed yielded. Comparing a file with its digest tells an editor's change from the importer's own text, so a re-import never
/// overwrites a correction; the counts let the next import notice a seed that suddenly yields far fewer programmes.
/// The first manifests were a bare map of digests; they are still read, as a manifest with no counts.
/// </summary>
public sealed class ImportManifest
{
    public const string FileName = ".import-manifest.json";
    private const string FilesKey = "files";
    private const string ProgrammesKey = "programmes_by_source";

    private readonly SortedDictionary<string, string> _digests;
    private readonly SortedDictionary<string, int> _programmes;

    private ImportManifest(SortedDictionary<string, string> digests, SortedDictionary<string, int> programmes)
    {
        _digests = digests;
        _programmes = programmes;
    }

    public static ImportManifest Load(string contentDir)
    {
        var path = Path.Combine(contentDir, FileName);
        var digests = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var programmes = new SortedDictionary<string, int>(StringComparer.Ordinal);
        if (File.Exists(path) && JsonNode.Parse(File.ReadAllText(path)) is JsonObject root)
        {
            var files = root[FilesKey] is JsonObject current ? current : root;
            foreach (var (file, digest) in files) digests[file] = digest!.GetValue<string>();
            if (root[ProgrammesKey] is JsonObject counts)
                foreach (var (source, count) in counts) programmes[source] = count!.GetValue<int>();
        }
        return new ImportManifest(digests, programmes);
    }

    public string? Get(string path) => _digests.GetValueOrDefault(path);

    public void Set(string path, string text) => _digests[path] = Digest(text);

    public void Remove(string path) => _digests.Remove(path);

    public IReadOnlyList<string> Paths => _digests.Keys.ToList();

    /// <summary>The programmes the seed yielded at the last import; null when it was never imported (or before counts were kept).</summary>
    public int? ProgrammesFrom(string seedFile) => _programmes.TryGetValue(seedFile, out var count) ? count : null;

    /// <summary>Records this import's counts; seeds no longer listed are forgotten.</summary>
    public void SetProgrammes(IReadOnlyDictionary<string, int> bySource)
    {
        _programmes.Clear();
        foreach (var (source, count) in bySource) _programmes[source] = count;
    }

    /// <summary>The manifest as the file holds it.</summary>
    public string ToJson()
    {
        var root = new JsonObject
        {
            [FilesKey] = new JsonObject(_digests.Select(d => KeyValuePair.Create(d.Key, (JsonNode?)d.Value))),
            [ProgrammesKey] = new JsonObject(_programmes.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value))),
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    public static string Digest(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\n"))));
}
