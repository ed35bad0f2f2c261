using SiteGen.Content;
using SiteGen.Content.Loading;
using SiteGen.Content.Model;
using SiteGen.Rules.Evaluation;
using SiteGen.Rules.Model;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Rules.Loading;

/// <summary>Reads a parameters/*.yaml file: its region and its named, dated, sourced figures.</summary>
internal static class ParameterFileReader
{
    /// <summary>Written in a table for an answer the source gives no amount for, so the table still covers every case.</summary>
    public const string NoValue = "无";

    public static IReadOnlyList<Parameter> Read(string path, string text, DiagnosticBag diagnostics)
    {
        var file = new FileContext(path, 1, diagnostics);
        if (RuleFile.Root(file, text) is not { } root) return [];
        var region = root.RequiredId("region", "the id of the region these figures apply to, from content/regions.yaml");
        var list = new List<Parameter>();
        var parameters = RuleScalars.Mapping(root.Raw("parameters"), file, "parameters");
        if (parameters is null && !root.Has("parameters"))
            diagnostics.Add(root.Where, "missing required key 'parameters': a mapping from each parameter's name to its definition");
        foreach (var (name, where, node) in parameters is null ? [] : RuleScalars.Entries(parameters, file))
        {
            if (node is not YamlMappingNode m)
            {
                diagnostics.Add(where, $"parameter '{name}' must be a mapping with unit, from, source and value");
                continue;
            }
            var map = new YamlMap(m, file);
            var label = map.OptionalString("label") ?? name;
            var unit = map.OptionalString("unit");
            if (!map.Has("unit")) diagnostics.Add(map.Where, $"parameter '{name}' needs a 'unit' such as 元/人/月, 岁, % or 倍 (a multiple)");
            else if (Language.Unit.Parse(unit) is null) diagnostics.Add(map.WhereOf("unit"), $"'{unit}' is not a unit: write names joined by '/', such as 元/人/月");
            var current = ReadVersion(map, name);
            var history = map.MapList("history").Select(h => { var v = ReadVersion(h, name); h.RejectUnknownKeys(); return v; }).ToList();
            map.RejectUnknownKeys();
            if (current is not null) list.Add(new Parameter(name, region, label, unit, current, history.OfType<ParameterVersion>().ToList(), where));
        }
        root.RejectUnknownKeys();
        return list;
    }

    private static ParameterVersion? ReadVersion(YamlMap map, string name)
    {
        var from = map.RequiredString("from", "the year (2025) or date (2025-07-01) the value applies from");
        if (from.Length > 0 && !IsDate(from))
            map.Diagnostics.Add(map.WhereOf("from"), $"'from' must be a year such as 2025 or a date such as 2025-07-01, but it is '{from}'");
        var source = SourceRefReader.Read(map, required: true);
        var shapes = new[] { "value", "values", "bands" }.Where(map.Has).ToList();
        if (shapes.Count != 1)
        {
            map.Diagnostics.Add(map.Where, shapes.Count == 0
                ? $"parameter '{name}' needs one of 'value', 'values' (with keyed_by) or 'bands' (with banded_by)"
                : $"parameter '{name}' has {string.Join(" and ", shapes)}: give only one");
            map.OptionalString("keyed_by"); map.OptionalString("banded_by");
            return null;
        }
        ParameterShape? shape = shapes[0] switch
        {
            "value" => RuleScalars.Number(map.Raw("value"), map.File, "value") is { } v ? new ScalarShape(v, map.WhereOf("value")) : null,
            "values" => ReadTable(map, name),
            _ => ReadBands(map, name),
        };
        if (shapes[0] != "values" && map.Has("keyed_by")) map.Diagnostics.Add(map.WhereOf("keyed_by"), "'keyed_by' goes with 'values', a table");
        if (shapes[0] != "bands" && map.Has("banded_by")) map.Diagnostics.Add(map.WhereOf("banded_by"), "'banded_by' goes with 'bands'");
        return source is null || shape is null ? null : new ParameterVersion(from, source, shape, map.Where);
    }

    private static bool IsDate(string text) =>
        (text.Length == 4 && text.All(char.IsAsciiDigit)) ||
        DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _);

    private static TableShape? ReadTable(YamlMap map, string name)
    {
        var keyedBy = map.StringList("keyed_by");
        if (keyedBy.Count is < 1 or > 2)
        {
            map.Diagnostics.Add(map.Has("keyed_by") ? map.WhereOf("keyed_by") : map.Where,
                $"table '{name}' needs 'keyed_by': the question (or two questions, rows then columns) its keys are answers to");
            return null;
        }
        var entries = new List<TableEntry>();
        void Walk(YamlNode node, List<string> keys)
        {
            if (keys.Count == keyedBy.Count)
            {
                if (RuleScalars.Text(node) == NoValue) entries.Add(new TableEntry(keys.ToList(), null, map.File.Span(node)));
                else if (RuleScalars.Number(node, map.File, $"{name}[{string.Join(", ", keys)}]") is { } v)
                    entries.Add(new TableEntry(keys.ToList(), v, map.File.Span(node)));
                return;
            }
            if (node is not YamlMappingNode)
            {
                map.Diagnostics.Add(map.File.Span(node), $"table '{name}' is keyed by {keyedBy.Count} questions, so this level must be a mapping of {keyedBy[keys.Count]} to values");
                return;
            }
            foreach (var (key, _, value) in RuleScalars.Entries(node, map.File)) Walk(value, [.. keys, key]);
        }
        Walk(map.Raw("values")!, []);
        return new TableShape(keyedBy, entries, map.WhereOf("values"));
    }

    private static BandShape? ReadBands(YamlMap map, string name)
    {
        var bandedBy = map.RequiredString("banded_by", $"the number question that '{name}' is banded by, such as 年龄");
        var bands = new List<Band>();
        foreach (var b in map.MapList("bands"))
        {
            var from = RuleScalars.Number(b.Raw("from"), b.File, "from");
            var to = b.Has("to") ? RuleScalars.Number(b.Raw("to"), b.File, "to") : null;
            var value = RuleScalars.Number(b.Raw("value"), b.File, "value");
            b.RejectUnknownKeys();
            if (from is null || value is null || (b.Has("to") && to is null)) continue;
            if (to is { } t && t.CompareTo(from.Value) < 0) b.Diagnostics.Add(b.WhereOf("to"), $"band ends at {t} before it starts at {from}");
            bands.Add(new Band(from.Value, to, value.Value, b.WhereOf("value")));
        }
        if (bands.Count == 0) map.Diagnostics.Add(map.WhereOf("bands"), $"'bands' of '{name}' is empty: list each band with from, to and value");
        return new BandShape(bandedBy, bands, map.WhereOf("bands"));
    }
}
