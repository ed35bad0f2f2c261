using SiteGen.Content.Model;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Content.Loading;

/// <summary>Reads a YAML data file whose root is a list of mappings (regions, departments, vocabularies).</summary>
public static class ListFileReader
{
    public static IReadOnlyList<T> Read<T>(string path, string text, DiagnosticBag diagnostics, Func<YamlMap, T> readItem)
    {
        var file = new FileContext(path, 1, diagnostics);
        var errorsBefore = diagnostics.Items.Count;
        var root = file.Parse(text);
        if (root is null)
        {
            if (diagnostics.Items.Count == errorsBefore) diagnostics.Add(file.Start, "the file is empty: it must be a list of entries");
            return [];
        }
        if (root is not YamlSequenceNode seq)
        {
            diagnostics.Add(file.Span(root), $"the file must be a list of entries (lines starting with '- '), but it is {YamlMap.Describe(root)}");
            return [];
        }
        var items = new List<T>();
        foreach (var node in seq)
        {
            if (node is not YamlMappingNode m)
            {
                diagnostics.Add(file.Span(node), $"each entry must be a mapping of keys to values, but one is {YamlMap.Describe(node)}");
                continue;
            }
            var map = new YamlMap(m, file);
            items.Add(readItem(map));
            map.RejectUnknownKeys();
        }
        return items;
    }

    public static Region ReadRegion(YamlMap map) => new(
        map.RequiredId("id", "a short ASCII name such as yangquan"),
        map.RequiredString("name", "the region's name, such as 阳泉市"),
        map.OptionalString("parent"),
        map.RequiredString("level", "省, 市 or 县"),
        map.Where);

    public static Department ReadDepartment(YamlMap map) => new(
        map.RequiredId("id", "a short ASCII name such as yangquan-minzheng"),
        map.RequiredString("name", "the office's name, such as 阳泉市民政局"),
        map.RequiredString("region", "the id of a region in content/regions.yaml"),
        map.RequiredString("type", "the id of a type in content/department-types.yaml"),
        map.Where);

    public static Term ReadTerm(YamlMap map) => new(
        map.RequiredId("id", "a short ASCII name"),
        map.RequiredString("name", "the name shown to readers"),
        map.OptionalString("description"),
        map.Where);

    /// <summary>A programme kind: a term, and the charts of its comparison page (references are resolved once the rules are loaded).</summary>
    public static Term ReadKind(YamlMap map) => ReadTerm(map) with { Charts = map.MapList("charts").Select(ReadChart).ToList() };

    private static ChartSpec ReadChart(YamlMap map)
    {
        var label = map.RequiredString("label", "the chart's title, such as 城市低保标准");
        var period = map.RequiredString("period", "the period every amount is shown per: 月 or 年");
        var references = new List<ChartReference>();
        switch (map.Raw("parameters"))
        {
            case null:
                map.Diagnostics.Add(map.Where, "missing required key 'parameters': a mapping of region ids to parameter names, such as {yangquan: 城市低保标准}");
                break;
            case YamlMappingNode regions:
                foreach (var (key, value) in regions.Children)
                {
                    var region = (key as YamlScalarNode)?.Value ?? "";
                    var names = value switch
                    {
                        YamlScalarNode s => [s],
                        YamlSequenceNode seq => seq.Children.OfType<YamlScalarNode>().ToList(),
                        _ => new List<YamlScalarNode>(),
                    };
                    if (names.Count == 0 || value is YamlSequenceNode q && q.Children.Count != names.Count)
                        map.Diagnostics.Add(map.File.Span(value), $"the parameters of '{region}' must be a parameter's name or a list of names, but they are {YamlMap.Describe(value)}");
                    foreach (var name in names)
                        references.Add(new ChartReference(region, name.Value ?? "", map.File.Span(key), map.File.Span(name)));
                }
                break;
            case var other:
                map.Diagnostics.Add(map.File.Span(other), $"'parameters' must be a mapping of region ids to parameter names, but it is {YamlMap.Describe(other)}");
                break;
        }
        var chart = new ChartSpec(label, period, references, map.Where) { PeriodAt = map.WhereOf("period") };
        map.RejectUnknownKeys();
        return chart;
    }

    public static SourceInfo ReadSource(YamlMap map) => new(
        map.RequiredString("file", "the seed file's path, such as seeds/000_….txt"),
        map.RequiredString("title", "the source's title as published"),
        map.RequiredString("publisher", "who published it"),
        map.OptionalInt("year") ?? 0,
        map.RequiredString("region", "the id of the region it covers"),
        map.Where);
}
