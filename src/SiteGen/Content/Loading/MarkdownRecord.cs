using YamlDotNet.RepresentationModel;

namespace SiteGen.Content.Loading;

/// <summary>Opens a Markdown file with YAML front matter as a <see cref="YamlMap"/> and its body.</summary>
public static class MarkdownRecord
{
    public static (YamlMap Map, string Body)? Open(string path, string text, DiagnosticBag diagnostics)
    {
        var split = FrontMatter.Split(text);
        if (split is null)
        {
            diagnostics.Add(new Model.SourceSpan(path, 1, 1), "no front matter: the file must start with a '---' line, then YAML, then another '---' line");
            return null;
        }
        var file = new FileContext(path, split.YamlFirstLine, diagnostics);
        var errorsBefore = diagnostics.Items.Count;
        var root = file.Parse(split.Yaml);
        if (root is not YamlMappingNode mapping)
        {
            if (diagnostics.Items.Count == errorsBefore)
                diagnostics.Add(file.Start, "the front matter must be a mapping of keys to values");
            return null;
        }
        if (MarkdownLimits.Check(split.Body) is var (line, message))
        {
            diagnostics.Add(new Model.SourceSpan(path, split.BodyFirstLine + line - 1, 1), message);
            return null;
        }
        return (new YamlMap(mapping, file), split.Body);
    }
}
