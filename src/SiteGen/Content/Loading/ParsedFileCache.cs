using System.Collections.Concurrent;

namespace SiteGen.Content.Loading;

/// <summary>
/// What content files and templates parse to, kept between the builds of one process (the preview server's), so a rebuild
/// reads every file but parses only those whose text changed. Parsing is a function of the file's path and text alone, so a
/// file with the same text gives back the same record and the same errors as parsing it again would.
/// </summary>
public sealed class ParsedFileCache
{
    private sealed record Entry(string Text, object? Item, IReadOnlyList<Diagnostic> Diagnostics);

    private readonly ConcurrentDictionary<(string Path, Type Item), Entry> _entries = new();

    /// <summary>The record <paramref name="read"/> makes of the file's text, its errors added to <paramref name="diagnostics"/>.</summary>
    public T? Read<T>(string path, string text, DiagnosticBag diagnostics, Func<DiagnosticBag, T?> read) where T : class
    {
        var key = (path, typeof(T));
        if (!_entries.TryGetValue(key, out var entry) || !string.Equals(entry.Text, text, StringComparison.Ordinal))
        {
            var own = new DiagnosticBag();
            entry = new Entry(text, read(own), own.Items.ToList());
            _entries[key] = entry;
        }
        diagnostics.AddRange(entry.Diagnostics);
        return (T?)entry.Item;
    }
}
