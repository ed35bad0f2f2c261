using SiteGen.Content;
using SiteGen.Content.Loading;
using SiteGen.Content.Model;
using SiteGen.Rules.Evaluation;
using SiteGen.Rules.Language;
using SiteGen.Rules.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Rules.Loading;

/// <summary>Reading the scalar values of rule files: expressions (parsed, errors at their column), decimals and text.</summary>
internal static class RuleScalars
{
    public static RuleText? Expression(YamlMap map, string key, bool required, string hint)
    {
        var node = map.Raw(key);
        if (node is null)
        {
            if (required) map.Diagnostics.Add(map.Where, $"missing required key '{key}': {hint}");
            return null;
        }
        return Expression(node, map.File, key);
    }

    public static RuleText? Expression(YamlNode node, FileContext file, string what)
    {
        if (node is not YamlScalarNode { Value: { } text } scalar)
        {
            file.Diagnostics.Add(file.Span(node), $"'{what}' must be an expression written as text, such as 标准 * 人数");
            return null;
        }
        var start = file.Span(node);
        if (scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted) start = start with { Column = start.Column + 1 };
        var (expr, error) = Language.Parser.Parse(text);
        var rule = new RuleText(text, start, expr);
        if (error is not null) file.Diagnostics.Add(rule.At(error.At), $"in '{what}': {error.Message}");
        return rule;
    }

    public static Fraction? Number(YamlNode? node, FileContext file, string what)
    {
        if (node is YamlScalarNode { Value: { } text } && Fraction.Parse(text) is { } value) return value;
        file.Diagnostics.Add(node is null ? file.Start : file.Span(node),
            $"'{what}' must be a number written with digits, such as 657 or 0.5, but it is {(node is null ? "missing" : YamlMap.Describe(node))}");
        return null;
    }

    public static string? Text(YamlNode? node) => node is YamlScalarNode { Value: { } text } ? text : null;

    /// <summary>A mapping's entries in file order, with the span of each key.</summary>
    public static IEnumerable<(string Key, SourceSpan Where, YamlNode Value)> Entries(YamlNode node, FileContext file) =>
        node is YamlMappingNode map
            ? map.Children.Select(c => ((c.Key as YamlScalarNode)?.Value ?? "", file.Span(c.Key), c.Value))
            : [];

    public static YamlMappingNode? Mapping(YamlNode? node, FileContext file, string what)
    {
        if (node is YamlMappingNode m) return m;
        if (node is not null) file.Diagnostics.Add(file.Span(node), $"'{what}' must be a mapping of names to values, but it is {YamlMap.Describe(node)}");
        return null;
    }
}
