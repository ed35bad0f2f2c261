using System.Text.RegularExpressions;
using SiteGen.Import.Writing;

namespace SiteGen.Import.Merging;

/// <summary>
/// Calculators name the programmes they belong to by id; when a re-import renumbers programmes, each calculator's
/// 'programs' list is rewritten with the new ids (all at once, so a chain of moves cannot collide).
/// </summary>
public static partial class RuleReferences
{
    public static IReadOnlyList<FileChange> Renumber(string contentDir, IReadOnlyList<RenamedFile> renamed)
    {
        var ids = renamed.ToDictionary(r => Path.GetFileNameWithoutExtension(r.From), r => Path.GetFileNameWithoutExtension(r.To), StringComparer.Ordinal);
        var folder = Path.Combine(contentDir, "rules", "calculators");
        if (ids.Count == 0 || !Directory.Exists(folder)) return [];
        var changes = new List<FileChange>();
        foreach (var file in Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            var updated = ProgramsLine().Replace(text, line => Id().Replace(line.Value, id => ids.GetValueOrDefault(id.Value, id.Value)));
            if (updated != text) changes.Add(new FileChange(file, updated));
        }
        return changes;
    }

    [GeneratedRegex(@"^programs:.*$", RegexOptions.Multiline)]
    private static partial Regex ProgramsLine();

    [GeneratedRegex(@"[a-z0-9]+(?:-[a-z0-9]+)+")]
    private static partial Regex Id();
}
