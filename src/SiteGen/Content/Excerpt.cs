namespace SiteGen.Content;

/// <summary>Short read-aloud excerpts taken from the source wording, never rewritten.</summary>
public static class Excerpt
{
    private static readonly char[] SentenceEnds = ['。', '；', ';', '\n'];

    /// <summary>
    /// The text up to the end of its first sentence, cut at <paramref name="max"/> characters with an ellipsis.
    /// A sentence too short to say anything (a step's label such as "申请受理。") runs on into the next.
    /// </summary>
    public static string FirstSentence(string? text, int max)
    {
        var t = (text ?? "").Trim();
        var end = -1;
        do
        {
            var next = t.IndexOfAny(SentenceEnds, end + 1);
            end = next < 0 ? t.Length : next + (t[next] == '\n' ? 0 : 1);
        }
        while (end < t.Length && t[..end].Trim().Length < MinimumSentence);
        return OneLine(t[..Math.Min(end, t.Length)], max);
    }

    private const int MinimumSentence = 8;

    /// <summary>The text on one line, cut at <paramref name="max"/> characters with an ellipsis.</summary>
    public static string OneLine(string? text, int max)
    {
        var t = string.Join(' ', (text ?? "").Split(['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return t.Length <= max ? t : t[..max] + "…";
    }
}
