using System.Collections.Concurrent;
using SiteGen.Content;
using SiteGen.Content.Model;

namespace SiteGen.Provenance;

/// <summary>
/// Seed files read once each, by their name in content (such as seeds/000_….txt or 000_….txt), and the figures of each
/// stretch of lines found once; records are checked on every core against one cache.
/// </summary>
public sealed class SeedCache(string folder)
{
    private readonly ConcurrentDictionary<string, Lazy<IReadOnlyList<string>?>> _lines = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlyList<Diagnostic>> _unreadable = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string, int, int), Lazy<SourceFigures>> _figures = [];

    public string Folder => ContentPaths.Display(folder);

    /// <summary>The seed's lines; null when it is missing, or when it cannot be read as text (then <see cref="Unreadable"/> says why).</summary>
    public IReadOnlyList<string>? Lines(string file) => _lines.GetOrAdd(file, f => new Lazy<IReadOnlyList<string>?>(() => Read(f))).Value;

    private IReadOnlyList<string>? Read(string file)
    {
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
        return lines;
    }

    /// <summary>
    /// The figures of a record's cited lines, read once per stretch; null with the reason reported at <paramref name="origin"/>
    /// when the file is missing or the lines lie outside it. An unreadable seed is left to <see cref="UnreadableCited"/>,
    /// so it is one error at the seed, not one per record that cites it.
    /// </summary>
    public SourceFigures? Figures(SourceRef source, SourceSpan origin, DiagnosticBag diagnostics)
    {
        var lines = Lines(source.File);
        if (lines is null && Unreadable(source.File) is not null) return null;
        if (lines is null)
        {
            diagnostics.Add(origin, $"source file '{source.File}' is not in {Folder}: name a file there");
            return null;
        }
        if (source.FirstLine < 1 || source.LastLine > lines.Count)
        {
            diagnostics.Add(origin, $"source lines {source.FirstLine}-{source.LastLine} are outside {source.File}, which has {lines.Count} lines");
            return null;
        }
        return _figures.GetOrAdd((source.File, source.FirstLine, source.LastLine), _ => new Lazy<SourceFigures>(() =>
            new SourceFigures(string.Join('\n', lines.Skip(source.FirstLine - 1).Take(source.LastLine - source.FirstLine + 1))))).Value;
    }

    /// <summary>Why each seed some record cited could not be read.</summary>
    public IEnumerable<Diagnostic> UnreadableCited() => _unreadable.OrderBy(u => u.Key, StringComparer.Ordinal).SelectMany(u => u.Value);

    /// <summary>Why a seed that exists could not be read (not UTF-8 text, a broken workbook); null when it could, or was never asked for.</summary>
    public IReadOnlyList<Diagnostic>? Unreadable(string file) => _unreadable.GetValueOrDefault(file);
}
