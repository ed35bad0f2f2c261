using System.Text.RegularExpressions;
using SiteGen.Provenance;

namespace SiteGen.Import.Merging;

/// <summary>A figure the source changed in a field: "657" became "700".</summary>
public sealed record FigureChange(string Field, string Before, string After);

/// <summary>
/// The figures a re-import changes, field by field, and the editor's own text that quoted the old ones. When a field's
/// figures change one for one (the same count, in the same order), each pair is known, and an editor's field that
/// quoted the old figure (an answer written from the standard) is brought up to date; everything done is reported.
/// </summary>
public static partial class FigureChanges
{
    /// <summary>Fields whose numbers are the record's bookkeeping (its id, year and seed lines), not figures a reader acts on.</summary>
    private static readonly string[] Bookkeeping = ["id", "year", "source"];

    public static IReadOnlyList<FigureChange> Of(SourceChange change)
    {
        if (Bookkeeping.Any(b => change.Field == b || change.Field.StartsWith(b + ".", StringComparison.Ordinal))) return [];
        var before = Figures.Numbers(change.Before ?? "").ToList();
        var after = Figures.Numbers(change.After ?? "").ToList();
        if (before.Count != after.Count)
        {
            // Not one for one: report what went and what came, without pairing them.
            var gone = before.Except(after).Select(b => new FigureChange(change.Field, b, ""));
            var come = after.Except(before).Select(a => new FigureChange(change.Field, "", a));
            return gone.Concat(come).ToList();
        }
        return before.Zip(after).Where(p => p.First != p.Second).Select(p => new FigureChange(change.Field, p.First, p.Second)).Distinct().ToList();
    }

    /// <summary>
    /// The merged text with each old figure of an unambiguous pair replaced in the editor's own fields (those the import
    /// does not write), and the replacements made. A figure that changed to two different values is left alone.
    /// </summary>
    public static (string Text, IReadOnlyList<FigureChange> Carried) CarryInto(string merged, IReadOnlyList<string> editorOnlyFields, IReadOnlyList<FigureChange> changes)
    {
        var pairs = changes.Where(c => c.Before.Length > 0 && c.After.Length > 0)
            .GroupBy(c => c.Before).Where(g => g.Select(c => c.After).Distinct().Count() == 1)
            .ToDictionary(g => g.Key, g => g.First().After, StringComparer.Ordinal);
        if (pairs.Count == 0 || YamlBlocks.SplitFile(merged) is not { } file || YamlBlocks.Keys(file.FrontMatter, 0) is not { } blocks) return (merged, []);
        var carried = new List<FigureChange>();
        var front = new System.Text.StringBuilder();
        foreach (var block in blocks)
        {
            if (!editorOnlyFields.Contains(block.Key)) { front.Append(block.Text); continue; }
            front.Append(Number().Replace(block.Text, m =>
            {
                if (!pairs.TryGetValue(m.Value, out var now)) return m.Value;
                carried.Add(new FigureChange(block.Key, m.Value, now));
                return now;
            }));
        }
        return ($"---\n{front}---\n{file.Body}", carried.Distinct().ToList());
    }

    [GeneratedRegex(@"(?<![\d.])\d+(?:\.\d+)?(?![\d.])")]
    private static partial Regex Number();
}
