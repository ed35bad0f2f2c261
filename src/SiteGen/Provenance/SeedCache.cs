namespace SiteGen.Provenance;

/// <summary>Seed files read once each, by their name in content (such as seeds/000_….txt or 000_….txt).</summary>
public sealed class SeedCache(string folder)
{
    private readonly Dictionary<string, IReadOnlyList<string>?> _lines = new(StringComparer.Ordinal);

    public string Folder => Content.ContentPaths.Display(folder);

    public IReadOnlyList<string>? Lines(string file)
    {
        if (_lines.TryGetValue(file, out var cached)) return cached;
        var name = file.StartsWith("seeds/", StringComparison.Ordinal) ? file["seeds/".Length..] : file;
        var path = Path.Combine(folder, name);
        var lines = File.Exists(path) ? Import.Sources.SeedTexts.Lines(path) : null;
        _lines[file] = lines;
        return lines;
    }
}
