using SiteGen.Content;

namespace SiteGen.Provenance;

/// <summary>Seed files read once each, by their name in content (such as seeds/000_….txt or 000_….txt).</summary>
public sealed class SeedCache(string folder)
{
    private readonly Dictionary<string, IReadOnlyList<string>?> _lines = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<Diagnostic>> _unreadable = new(StringComparer.Ordinal);

    public string Folder => ContentPaths.Display(folder);

    /// <summary>The seed's lines; null when it is missing, or when it cannot be read as text (then <see cref="Unreadable"/> says why).</summary>
    public IReadOnlyList<string>? Lines(string file)
    {
        if (_lines.TryGetValue(file, out var cached)) return cached;
        var name = file.StartsWith("seeds/", StringComparison.Ordinal) ? file["seeds/".Length..] : file;
        // A seed must be a file of the seeds folder, so that a link or "../" cannot make any readable file a source.
        var path = FileSystem.ContainedPath.Resolve(folder, name);
        IReadOnlyList<string>? lines = null;
        try
        {
            if (path is not null && File.Exists(path)) lines = Import.Sources.SeedTexts.Lines(path, ContentPaths.Display(path));
        }
        catch (ContentException e)
        {
            _unreadable[file] = e.Diagnostics;
        }
        _lines[file] = lines;
        return lines;
    }

    /// <summary>Why a seed that exists could not be read (not UTF-8 text, a broken workbook); null when it could, or was never asked for.</summary>
    public IReadOnlyList<Diagnostic>? Unreadable(string file) => _unreadable.GetValueOrDefault(file);
}
