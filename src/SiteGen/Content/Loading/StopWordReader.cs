namespace SiteGen.Content.Loading;

/// <summary>
/// Reads content/query-stopwords.txt: words separated by commas or line breaks; '#' starts a comment.
/// The words are dropped from search queries (有什么, 怎么, 吗 …), never from the indexed text.
/// </summary>
public static class StopWordReader
{
    public static IReadOnlyList<string> Read(string path, string text, DiagnosticBag diagnostics)
    {
        var words = new List<string>();
        foreach (var raw in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var hash = raw.IndexOf('#');
            var line = hash >= 0 ? raw[..hash] : raw;
            words.AddRange(line.Split([',', '，', ' ', '\t'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        }
        return words.Distinct(StringComparer.Ordinal).ToList();
    }
}
