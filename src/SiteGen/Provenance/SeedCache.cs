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
        // A seed must be a file of the seeds folder, so that a link or "../" cannot make any readable file a source.
        var path = FileSystem.ContainedPath.Resolve(folder, name);
        var lines = path is not null && File.Exists(path) ? Import.Sources.SeedTexts.Lines(path) : null;
        _lines[file] = lines;
        return lines;
    }
}
