using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace SiteGen.Import.Writing;

/// <summary>
/// content/.import-manifest.json: the digest of what the importer last wrote to each file. Comparing a file
/// with it tells an editor's change from the importer's own text, so a re-import never overwrites a correction.
/// </summary>
public sealed class ImportManifest
{
    public const string FileName = ".import-manifest.json";
    private readonly SortedDictionary<string, string> _digests;

    private ImportManifest(SortedDictionary<string, string> digests) => _digests = digests;

    public static ImportManifest Load(string contentDir)
    {
        var path = Path.Combine(contentDir, FileName);
        if (!File.Exists(path)) return new ImportManifest(new SortedDictionary<string, string>(StringComparer.Ordinal));
        var data = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path)) ?? [];
        return new ImportManifest(new SortedDictionary<string, string>(data, StringComparer.Ordinal));
    }

    public string? Get(string path) => _digests.GetValueOrDefault(path);

    public void Set(string path, string text) => _digests[path] = Digest(text);

    public void Remove(string path) => _digests.Remove(path);

    public IReadOnlyList<string> Paths => _digests.Keys.ToList();

    public void Save(string contentDir) =>
        File.WriteAllText(Path.Combine(contentDir, FileName),
            JsonSerializer.Serialize(_digests, new JsonSerializerOptions { WriteIndented = true }) + "\n", new UTF8Encoding(false));

    public static string Digest(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\n"))));
}
