namespace SiteGen.Import.Merging;

/// <summary>One key of a YAML mapping with the lines that belong to it (its value, nested lines, list items), as written.</summary>
public sealed record YamlBlock(string Key, string Text)
{
    /// <summary>The lines after the key line: a nested mapping's keys or a list's items.</summary>
    public string Children => Text.Contains('\n') ? Text[(Text.IndexOf('\n') + 1)..] : "";

    /// <summary>
    /// "key:" alone on its line, with nested lines below: a mapping or a list. A scalar, a literal block ("key: |-")
    /// included, has something after the colon.
    /// </summary>
    public bool IsNested => Text[..Text.IndexOf('\n')].TrimEnd().EndsWith(':') && Children.Length > 0;

    public bool IsList => IsNested && Children.TrimStart(' ').StartsWith("- ", StringComparison.Ordinal);
}

/// <summary>
/// Splits the front matter SiteGen's importer writes into blocks by indentation, without parsing values, so a merge can
/// take each field as the editor or the importer wrote it, byte for byte.
/// </summary>
public static class YamlBlocks
{
    /// <summary>A content file's front matter lines and its body; null when it does not start with a front matter block.</summary>
    public static (string FrontMatter, string Body)? SplitFile(string text)
    {
        var t = text.ReplaceLineEndings("\n");
        if (!t.StartsWith("---\n", StringComparison.Ordinal)) return null;
        var end = t.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        if (end < 0) return t.EndsWith("\n---", StringComparison.Ordinal) ? (t[4..^3], "") : null;
        return (t[4..(end + 1)], t[(end + 5)..]);
    }

    /// <summary>The keys at one indentation, each with its lines; null when a line does not fit (then the file is merged whole).</summary>
    public static IReadOnlyList<YamlBlock>? Keys(string lines, int indent)
    {
        var blocks = new List<YamlBlock>();
        string? key = null;
        var current = new System.Text.StringBuilder();
        foreach (var line in Lines(lines))
        {
            var lead = line.Length - line.TrimStart(' ').Length;
            var isKey = lead == indent && line.Length > indent && line[indent] != '-' && line[indent] != '#' && KeyOf(line, indent) is not null;
            if (isKey)
            {
                if (key is not null) blocks.Add(new YamlBlock(key, current.ToString()));
                key = KeyOf(line, indent);
                current.Clear();
            }
            else if (key is null || (line.Trim().Length > 0 && lead <= indent && !line.TrimStart().StartsWith('-'))) return null;
            else if (lead < indent) return null;
            current.Append(line).Append('\n');
        }
        if (key is not null) blocks.Add(new YamlBlock(key, current.ToString()));
        return blocks.GroupBy(b => b.Key).Any(g => g.Count() > 1) ? null : blocks;
    }

    /// <summary>The items of a list at one indentation ("  - a", with any lines that continue it).</summary>
    public static IReadOnlyList<string>? Items(string lines, int indent)
    {
        var items = new List<string>();
        var current = new System.Text.StringBuilder();
        foreach (var line in Lines(lines))
        {
            var lead = line.Length - line.TrimStart(' ').Length;
            if (lead == indent && line.AsSpan(indent).StartsWith("- "))
            {
                if (current.Length > 0) items.Add(current.ToString());
                current.Clear();
            }
            else if (current.Length == 0 || lead <= indent) return null;
            current.Append(line).Append('\n');
        }
        if (current.Length > 0) items.Add(current.ToString());
        return items;
    }

    public static int ChildIndent(string children) =>
        Lines(children).Select(l => l.Length - l.TrimStart(' ').Length).DefaultIfEmpty(0).First();

    private static IEnumerable<string> Lines(string text) =>
        text.Length == 0 ? [] : text.TrimEnd('\n').Split('\n');

    private static string? KeyOf(string line, int indent)
    {
        var colon = line.IndexOf(':', indent);
        if (colon <= indent) return null;
        var key = line[indent..colon];
        if (key.Contains(' ') || key.Contains('"') || key.Contains('\'')) return null;
        return colon + 1 == line.Length || line[colon + 1] == ' ' ? key : null;
    }
}
