using System.Globalization;
using SiteGen.Content.Model;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Content.Loading;

/// <summary>
/// Typed, position-aware reading of one YAML mapping. Every problem becomes a diagnostic at the offending
/// node, and keys that no reader asked for are reported as unknown, so misspelt keys never pass silently.
/// </summary>
public sealed class YamlMap
{
    private readonly YamlMappingNode _node;
    private readonly FileContext _file;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public YamlMap(YamlMappingNode node, FileContext file)
    {
        _node = node;
        _file = file;
    }

    public SourceSpan Where => _file.Span(_node);

    public DiagnosticBag Diagnostics => _file.Diagnostics;

    public FileContext File => _file;

    /// <summary>The node under a key, for readers of shapes this class does not type (maps of names, nested tables).</summary>
    public YamlNode? Raw(string key) => TryGet(key, out var value) ? value : null;

    public SourceSpan WhereOf(string key) =>
        TryGet(key, out var value, markRead: false) ? _file.Span(value) : Where;

    public bool Has(string key) => TryGet(key, out _, markRead: false);

    public string RequiredString(string key, string hint)
    {
        var value = OptionalString(key);
        if (value is null && !Has(key))
            _file.Diagnostics.Add(Where, $"missing required key '{key}': {hint}");
        else if (string.IsNullOrWhiteSpace(value) && Has(key))
            _file.Diagnostics.Add(WhereOf(key), $"'{key}' is empty: {hint}");
        return value ?? "";
    }

    /// <summary>An id that becomes part of a path: it must follow <see cref="SiteId"/>'s rule, reported at the value.</summary>
    public string RequiredId(string key, string hint) => CheckedId(key, RequiredString(key, hint))!;

    /// <summary>An optional id that becomes part of a path, held to the same rule when given.</summary>
    public string? OptionalId(string key) => CheckedId(key, OptionalString(key));

    private string? CheckedId(string key, string? value)
    {
        if (value is { Length: > 0 } && !SiteId.IsValid(value))
            _file.Diagnostics.Add(WhereOf(key), $"'{key}' is '{value}', but ids become parts of page addresses and must be {SiteId.Rule}");
        return value;
    }

    public string? OptionalString(string key)
    {
        if (!TryGet(key, out var value)) return null;
        if (value is YamlScalarNode scalar)
            return scalar.Value is null or "~" or "null" && scalar.Style == YamlDotNet.Core.ScalarStyle.Plain ? null : scalar.Value;
        _file.Diagnostics.Add(_file.Span(value), $"'{key}' must be text, but it is {Describe(value)}");
        return null;
    }

    public int? OptionalInt(string key)
    {
        var text = OptionalString(key);
        if (text is null) return null;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return n;
        _file.Diagnostics.Add(WhereOf(key), $"'{key}' must be a whole number, but it is '{text}'");
        return null;
    }

    public bool OptionalBool(string key)
    {
        var text = OptionalString(key);
        if (text is null) return false;
        if (text is "true") return true;
        if (text is "false") return false;
        _file.Diagnostics.Add(WhereOf(key), $"'{key}' must be true or false, but it is '{text}'");
        return false;
    }

    /// <summary>A list of text values; a single scalar is accepted as a list of one.</summary>
    public IReadOnlyList<string> StringList(string key)
    {
        if (!TryGet(key, out var value)) return [];
        switch (value)
        {
            case YamlScalarNode s when string.IsNullOrEmpty(s.Value):
                return [];
            case YamlScalarNode s:
                return [s.Value!];
            case YamlSequenceNode seq:
                var items = new List<string>();
                foreach (var item in seq)
                {
                    if (item is YamlScalarNode { Value: { } v }) items.Add(v);
                    else _file.Diagnostics.Add(_file.Span(item), $"each item of '{key}' must be text, but one is {Describe(item)}");
                }
                return items;
            default:
                _file.Diagnostics.Add(_file.Span(value), $"'{key}' must be a list of text, but it is {Describe(value)}");
                return [];
        }
    }

    public YamlMap? OptionalMap(string key)
    {
        if (!TryGet(key, out var value)) return null;
        if (value is YamlMappingNode map) return new YamlMap(map, _file);
        if (value is YamlScalarNode { Value: null or "" }) return null;
        _file.Diagnostics.Add(_file.Span(value), $"'{key}' must be a mapping of keys to values, but it is {Describe(value)}");
        return null;
    }

    public IReadOnlyList<YamlMap> MapList(string key)
    {
        if (!TryGet(key, out var value)) return [];
        if (value is YamlScalarNode { Value: null or "" }) return [];
        if (value is not YamlSequenceNode seq)
        {
            _file.Diagnostics.Add(_file.Span(value), $"'{key}' must be a list, but it is {Describe(value)}");
            return [];
        }
        var maps = new List<YamlMap>();
        foreach (var item in seq)
        {
            if (item is YamlMappingNode m) maps.Add(new YamlMap(m, _file));
            else _file.Diagnostics.Add(_file.Span(item), $"each item of '{key}' must be a mapping, but one is {Describe(item)}");
        }
        return maps;
    }

    /// <summary>Reports every key that no reader asked for. Call after reading all known keys.</summary>
    public void RejectUnknownKeys()
    {
        var known = _read.OrderBy(k => k, StringComparer.Ordinal).ToList();
        foreach (var (keyNode, _) in _node.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? keyNode.ToString();
            if (_read.Contains(key)) continue;
            var suggestion = Spelling.Closest(key, known);
            var hint = suggestion is null ? $"known keys: {string.Join(", ", known)}" : $"did you mean '{suggestion}'?";
            _file.Diagnostics.Add(_file.Span(keyNode), $"unknown key '{key}'; {hint}");
        }
    }

    private bool TryGet(string key, out YamlNode value, bool markRead = true)
    {
        if (markRead) _read.Add(key);
        foreach (var (k, v) in _node.Children)
        {
            if (k is YamlScalarNode { Value: var name } && name == key)
            {
                value = v;
                return true;
            }
        }
        value = null!;
        return false;
    }

    internal static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        YamlScalarNode s => $"'{s.Value}'",
        _ => "something else",
    };
}
