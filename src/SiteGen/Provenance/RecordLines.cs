using SiteGen.Content.Model;

namespace SiteGen.Provenance;

/// <summary>
/// Points a problem at the line of a record's file where it stands, so the editor lands on it. The file is read once,
/// when first asked; a record built in memory (tests) has no file, and its origin is the best place to point.
/// </summary>
public sealed class RecordLines(SourceSpan origin)
{
    private readonly Lazy<string[]?> _lines = new(() =>
    {
        try { return File.ReadAllLines(origin.Path); }
        catch (IOException) { return null; }
    });

    /// <summary>The first line for which <paramref name="columnOf"/> gives a 0-based column (−1 for no match), or the origin.</summary>
    public SourceSpan Find(Func<string, int> columnOf)
    {
        var lines = _lines.Value ?? [];
        for (var i = 0; i < lines.Length; i++)
        {
            var column = columnOf(lines[i]);
            if (column >= 0) return origin with { Line = i + 1, Column = column + 1 };
        }
        return origin;
    }
}
