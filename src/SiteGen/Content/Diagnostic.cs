using SiteGen.Content.Model;

namespace SiteGen.Content;

/// <summary>A content error: where it is, what is wrong and how to fix it.</summary>
public sealed record Diagnostic(SourceSpan Where, string Message)
{
    public override string ToString() => $"{Where}: {Message}";
}

/// <summary>Collects every error of a run so an editor sees them all at once.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;
    public bool HasErrors => _items.Count > 0;

    public void Add(SourceSpan where, string message) => _items.Add(new Diagnostic(where, message));

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    public IEnumerable<Diagnostic> Sorted() =>
        _items.OrderBy(d => d.Where.Path, StringComparer.Ordinal)
              .ThenBy(d => d.Where.Line).ThenBy(d => d.Where.Column)
              .ThenBy(d => d.Message, StringComparer.Ordinal);
}

/// <summary>Thrown when content cannot be used; carries every diagnostic found.</summary>
public sealed class ContentException(IReadOnlyList<Diagnostic> diagnostics)
    : Exception($"{diagnostics.Count} content error(s)")
{
    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;
}
