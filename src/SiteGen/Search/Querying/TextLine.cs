namespace SiteGen.Search.Querying;

/// <summary>Collapses multi-line source text to one line for result lists.</summary>
public static class TextLine
{
    public static string OneLine(string? text) =>
        string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
