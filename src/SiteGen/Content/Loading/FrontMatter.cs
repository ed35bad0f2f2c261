namespace SiteGen.Content.Loading;

/// <summary>A Markdown file split into its YAML front matter and its body, keeping line numbers.</summary>
/// <param name="BodyFirstLine">The line of the file on which the body's first line stands, so body errors can point into it.</param>
public sealed record FrontMatter(string Yaml, int YamlFirstLine, string Body, int BodyFirstLine)
{
    public const string Fence = "---";

    /// <summary>Splits text that starts with a '---' line; returns null when there is no front matter.</summary>
    public static FrontMatter? Split(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != Fence) return null;
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd() != Fence) continue;
            var yaml = string.Join('\n', lines[1..i]);
            var rest = string.Join('\n', lines[(i + 1)..]);
            var body = rest.Trim('\n');
            var skipped = rest.Length - rest.TrimStart('\n').Length;
            return new FrontMatter(yaml, 2, body, i + 2 + skipped);
        }
        return null;
    }
}
