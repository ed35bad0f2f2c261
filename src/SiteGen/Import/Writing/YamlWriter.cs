using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Import.Writing;

/// <summary>
/// Writes the YAML that editors read and change: plain scalars where YAML allows them, quotes only where it
/// must, multi-line text as literal blocks. The same records always give the same bytes.
/// </summary>
public sealed partial class YamlWriter
{
    private readonly StringBuilder _sb = new();

    public override string ToString() => _sb.ToString();

    public YamlWriter Scalar(string key, string? value, int indent = 0)
    {
        if (value is null) return this;
        if (value.Contains('\n'))
        {
            _sb.Append(' ', indent).Append(key).Append(": |-\n");
            foreach (var line in value.Split('\n')) _sb.Append(' ', indent + 2).Append(line.TrimEnd()).Append('\n');
            return this;
        }
        _sb.Append(' ', indent).Append(key).Append(": ").Append(Quote(value)).Append('\n');
        return this;
    }

    public YamlWriter Number(string key, int? value, int indent = 0)
    {
        if (value is not null) _sb.Append(' ', indent).Append(key).Append(": ").Append(value.Value.ToString(CultureInfo.InvariantCulture)).Append('\n');
        return this;
    }

    public YamlWriter Flag(string key, bool value, int indent = 0)
    {
        if (value) _sb.Append(' ', indent).Append(key).Append(": true\n");
        return this;
    }

    public YamlWriter List(string key, IReadOnlyList<string> items, int indent = 0)
    {
        if (items.Count == 0) return this;
        _sb.Append(' ', indent).Append(key).Append(":\n");
        foreach (var item in items)
        {
            if (item.Contains('\n'))
            {
                _sb.Append(' ', indent).Append("  - |-\n");
                foreach (var line in item.Split('\n')) _sb.Append(' ', indent + 4).Append(line.TrimEnd()).Append('\n');
            }
            else
            {
                _sb.Append(' ', indent).Append("  - ").Append(Quote(item)).Append('\n');
            }
        }
        return this;
    }

    /// <summary>Starts a mapping under a key; the caller writes its entries at indent + 2.</summary>
    public YamlWriter Open(string key, int indent = 0)
    {
        _sb.Append(' ', indent).Append(key).Append(":\n");
        return this;
    }

    /// <summary>Starts a list item that is a mapping: "- " then its first entry on the same line.</summary>
    public YamlWriter Item(string key, string value, int indent = 0)
    {
        _sb.Append(' ', indent).Append("- ").Append(key).Append(": ").Append(Quote(value)).Append('\n');
        return this;
    }

    public YamlWriter Raw(string text)
    {
        _sb.Append(text);
        return this;
    }

    public static string Quote(string value)
    {
        if (value.Length > 0 && PlainSafe().IsMatch(value) && !Reserved().IsMatch(value)) return value;
        var sb = new StringBuilder("\"");
        foreach (var c in value)
        {
            sb.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\t' => "\\t",
                '\r' => "\\r",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }
        return sb.Append('"').ToString();
    }

    // A plain scalar may not start with YAML indicators, contain ": " or " #", or end in white space.
    [GeneratedRegex(@"^[^\s\-?:,\[\]{}#&*!|>'""%@`](?:[^:#\t]|:(?=\S)|(?<=\S)#)*(?<![\s:])$")]
    private static partial Regex PlainSafe();

    // Values YAML would read as something other than text.
    [GeneratedRegex(@"^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|yes|no|on|off|y|n|[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?|0x[0-9a-fA-F]+|0o[0-7]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$")]
    private static partial Regex Reserved();
}
