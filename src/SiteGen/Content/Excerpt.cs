namespace SiteGen.Content;

/// <summary>Short read-aloud excerpts taken from the source wording, never rewritten.</summary>
public static class Excerpt
{
    private static readonly char[] SentenceEnds = ['。', '；', ';', '\n'];

    /// <summary>The text up to the end of its first sentence, cut at <paramref name="max"/> characters with an ellipsis.</summary>
    public static string FirstSentence(string? text, int max)
    {
        var t = (text ?? "").Trim();
        var end = t.IndexOfAny(SentenceEnds);
        var sentence = end >= 0 ? t[..(end + (t[end] == '\n' ? 0 : 1))] : t;
        return OneLine(sentence, max);
    }

    /// <summary>The text on one line, cut at <paramref name="max"/> characters with an ellipsis.</summary>
    public static string OneLine(string? text, int max)
    {
        var t = string.Join(' ', (text ?? "").Split(['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return t.Length <= max ? t : t[..max] + "…";
    }
}
