using SiteGen.Content.Model;

namespace SiteGen.Content.Loading;

/// <summary>
/// Reads content/places/divisions.csv, the published division table: a header line, then code,id,name,parent,level
/// per line. The file is generated, so it has no quotes, no blank lines and no optional columns; every line that breaks
/// that shape is reported at its line and column and left out, and every message says to regenerate rather than edit.
/// </summary>
public static class DivisionReader
{
    public const string Header = "code,id,name,parent,level";

    private const string Regenerate = "divisions.csv is generated: regenerate it with the recipe in content/places/README.md rather than editing it by hand";

    /// <summary>The code length of each level: 2 digits for a province, 4 for a city, 6 for a county or district.</summary>
    private static int? CodeLength(string level) => level switch { "省" => 2, "市" => 4, "县" => 6, _ => null };

    private static string? ParentLevel(string level) => level switch { "市" => "省", "县" => "市", _ => null };

    public static IReadOnlyList<Division> Read(string path, string text, DiagnosticBag diagnostics)
    {
        var lines = text.Split('\n');
        // A final line break leaves one empty piece; it is the end of the last line, not a blank line.
        var count = lines.Length > 0 && lines[^1].Length == 0 ? lines.Length - 1 : lines.Length;
        if (count == 0 || lines[0].TrimEnd('\r') != Header)
        {
            diagnostics.Add(new SourceSpan(path, 1, 1), count == 0
                ? $"the file is empty: it needs the header line '{Header}' and one line per division; {Regenerate}"
                : $"the first line must be the header '{Header}', but it is '{lines[0].TrimEnd('\r')}'; {Regenerate}");
            return [];
        }

        var rows = new List<Division>();
        var byCode = new Dictionary<string, Division>(StringComparer.Ordinal);
        var byId = new Dictionary<string, Division>(StringComparer.Ordinal);
        // Codes of every line, sound or not, so a child of a malformed line is not reported a second time.
        var seenCodes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 1; i < count; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var number = i + 1;
            if (line.Length > 0) seenCodes.Add(line.Split(',')[0]);
            if (Parse(path, number, line, diagnostics) is not { } row) continue;
            if (byCode.TryGetValue(row.Code, out var sameCode))
                diagnostics.Add(row.Origin, $"code {row.Code} is already given at line {sameCode.Origin.Line} ({sameCode.Name}); {Regenerate}");
            else if (byId.TryGetValue(row.Id, out var sameId))
                diagnostics.Add(At(row.Origin, 1 + row.Code.Length + 1), $"id '{row.Id}' is already given at line {sameId.Origin.Line} ({sameId.Name}); ids must be unique in the file; {Regenerate}");
            else
            {
                byCode[row.Code] = row;
                byId[row.Id] = row;
                rows.Add(row);
            }
        }

        return WithParents(rows, byCode, seenCodes, diagnostics);
    }

    /// <summary>The rows whose parent is a sound line of the level above whose code begins theirs.</summary>
    private static List<Division> WithParents(List<Division> rows, Dictionary<string, Division> byCode, HashSet<string> seenCodes, DiagnosticBag diagnostics)
    {
        var sound = new List<Division>();
        foreach (var row in rows)
        {
            if (row.Parent is not { } parent) { sound.Add(row); continue; }
            var column = 1 + row.Code.Length + 1 + row.Id.Length + 1 + row.Name.Length + 1;
            if (byCode.TryGetValue(parent, out var p))
            {
                if (p.Level != ParentLevel(row.Level))
                    diagnostics.Add(At(row.Origin, column), $"the parent of {row.Name} ({row.Level}) must be a {ParentLevel(row.Level)}, but {parent} is {p.Name} ({p.Level}); {Regenerate}");
                else if (!row.Code.StartsWith(parent, StringComparison.Ordinal))
                    diagnostics.Add(At(row.Origin, column), $"code {row.Code} does not begin with its parent's code {parent}; {Regenerate}");
                else sound.Add(row);
            }
            else if (!seenCodes.Contains(parent))
                diagnostics.Add(At(row.Origin, column), $"parent code {parent} of {row.Name} is not the code of any line; {Regenerate}");
        }
        return sound;
    }

    private static SourceSpan At(SourceSpan line, int column) => line with { Column = column };

    /// <summary>One line's fields, each checked on its own; null (with a diagnostic) when any is wrong.</summary>
    private static Division? Parse(string path, int number, string line, DiagnosticBag diagnostics)
    {
        var start = new SourceSpan(path, number, 1);
        if (line.Trim().Length == 0)
        {
            diagnostics.Add(start, $"an empty line: every line after the header is one division; {Regenerate}");
            return null;
        }
        if (line.IndexOf('"') is var quote and >= 0)
        {
            diagnostics.Add(start with { Column = quote + 1 }, $"a quote: the file's fields are never quoted (names hold no commas); {Regenerate}");
            return null;
        }
        var fields = line.Split(',');
        if (fields.Length != 5)
        {
            diagnostics.Add(start, $"{fields.Length} field(s) where there must be 5 ({Header}); {Regenerate}");
            return null;
        }
        var columns = new int[5];
        for (var f = 1; f < 5; f++) columns[f] = columns[f - 1] + fields[f - 1].Length + 1;
        SourceSpan Field(int f) => start with { Column = columns[f] + 1 };

        var (code, id, name, parent, level) = (fields[0], fields[1], fields[2], fields[3], fields[4]);
        var sound = true;
        void Report(int field, string message)
        {
            diagnostics.Add(Field(field), $"{message}; {Regenerate}");
            sound = false;
        }
        if (CodeLength(level) is not { } length)
            Report(4, $"level '{level}' must be 省, 市 or 县");
        else if (code.Length != length || !code.All(char.IsAsciiDigit))
            Report(0, $"code '{code}' of a {level} must be {length} digits");
        if (!SiteId.IsValid(id))
            Report(1, $"id '{id}' must be {SiteId.Rule}");
        if (name.Length == 0 || name.Any(char.IsWhiteSpace))
            Report(2, $"name '{name}' must be the division's name, not empty and without spaces");
        if (level == "省" && parent.Length > 0)
            Report(3, $"a 省 has no parent, but this line gives '{parent}'");
        else if (level is "市" or "县" && parent.Length == 0)
            Report(3, $"a {level} needs its parent's code");
        return sound ? new Division(code, id, name, parent.Length == 0 ? null : parent, level, start) : null;
    }
}
