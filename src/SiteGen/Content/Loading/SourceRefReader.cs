using System.Globalization;
using SiteGen.Content.Model;

namespace SiteGen.Content.Loading;

/// <summary>Reads a 'source' mapping: file, lines ("12-30" or "12") and the item label.</summary>
public static class SourceRefReader
{
    public static SourceRef? Read(YamlMap owner, bool required)
    {
        var map = owner.OptionalMap("source");
        if (map is null)
        {
            if (required) owner.Diagnostics.Add(owner.Where, "missing required key 'source': the seed file and line range this record was imported from");
            return null;
        }
        var file = map.RequiredString("file", "the seed file's path, such as seeds/000_….txt");
        var lines = map.RequiredString("lines", "the line range in the seed file, such as 12-30");
        var item = map.OptionalString("item");
        map.RejectUnknownKeys();
        if (!TryParseLines(lines, out var first, out var last))
        {
            if (lines.Length > 0)
                owner.Diagnostics.Add(map.WhereOf("lines"), $"'lines' must be a line number or a range such as 12-30, but it is '{lines}'");
            return new SourceRef(file, 0, 0, item);
        }
        return new SourceRef(file, first, last, item);
    }

    public static bool TryParseLines(string text, out int first, out int last)
    {
        var parts = text.Split('-', StringSplitOptions.TrimEntries);
        first = last = 0;
        if (parts.Length is < 1 or > 2) return false;
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out first)) return false;
        if (parts.Length == 1) last = first;
        else if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out last)) return false;
        return first >= 1 && last >= first;
    }
}
