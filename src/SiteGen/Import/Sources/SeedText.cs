namespace SiteGen.Import.Sources;

/// <summary>A seed file's text as lines (1-based numbering in all public members), read once.</summary>
public sealed record SeedText(string File, IReadOnlyList<string> Lines)
{
    public static SeedText FromString(string displayName, string text) =>
        new(displayName, text.ReplaceLineEndings("\n").Split('\n'));

    /// <summary>Line <paramref name="number"/> (1-based).</summary>
    public string Line(int number) => Lines[number - 1];

    /// <summary>Lines first..last (1-based, inclusive) joined with newlines.</summary>
    public string Range(int first, int last) => string.Join('\n', Lines.Skip(first - 1).Take(last - first + 1));
}
