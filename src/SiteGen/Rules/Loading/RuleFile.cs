using SiteGen.Content.Loading;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Rules.Loading;

internal static class RuleFile
{
    /// <summary>The root mapping of a rule file, or null with the reason reported.</summary>
    public static YamlMap? Root(FileContext file, string text)
    {
        var before = file.Diagnostics.Items.Count;
        var root = file.Parse(text);
        if (root is YamlMappingNode m) return new YamlMap(m, file);
        if (root is null && file.Diagnostics.Items.Count == before) file.Diagnostics.Add(file.Start, "the file is empty");
        else if (root is not null) file.Diagnostics.Add(file.Span(root), $"the file must be a mapping of keys to values, but it is {YamlMap.Describe(root)}");
        return null;
    }
}
