using SiteGen.Import;
using SiteGen.Import.Merging;
using SiteGen.Import.Writing;

namespace SiteGen.Cli;

/// <summary>
/// What an import did (or, with --dry-run, would do), for the editor: each programme added, removed or renamed; each
/// field the source changed, with every figure old → new; each merged file with the edits it kept; each conflict with
/// the field's value at the last import, in content/ and in the new import.
/// </summary>
public static class ImportReportWriter
{
    public static void Write(ImportReport report, TextWriter o, bool dryRun)
    {
        var verb = dryRun ? "would be " : "";
        foreach (var r in report.Files.Where(f => f.Outcome is MergeOutcome.Written or MergeOutcome.Merged or MergeOutcome.Conflict).OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            var changes = r.Fields ?? (r.Before is not null && r.After is not null ? FieldMerge.Merge(r.Before, r.Before, r.After) : null);
            switch (r.Outcome)
            {
                case MergeOutcome.Written when r.Before is null:
                    o.WriteLine($"content/{r.Path}: new, {verb}written");
                    continue;
                case MergeOutcome.Written:
                    o.WriteLine($"content/{r.Path}: {verb}updated (not edited by hand)");
                    break;
                case MergeOutcome.Merged:
                    o.WriteLine($"content/{r.Path}: {verb}merged; your edits to {Join(r.Fields!.EditedFields)} are kept");
                    break;
                default:
                    o.WriteLine($"content/{r.Path}: conflict in {(r.Fields is null ? "the whole file" : Join(r.Fields.Conflicts.Select(c => c.Field)))}; " +
                        $"{(dryRun ? "would be staged" : "staged")} at {Importer.StagingFolder}/{r.Path} with {(r.Fields is null ? "the new import" : "the field marked")}");
                    break;
            }
            if (changes is null) { if (r.Diff is not null) o.Write(Indent(r.Diff, "    ")); continue; }
            foreach (var c in changes.SourceChanges) o.WriteLine($"    the source changed {c.Field}" + (c.Taken || r.Outcome == MergeOutcome.Written ? "" : " (so did you)"));
            foreach (var f in changes.Figures) o.WriteLine($"    figure in {f.Field}: {Show(f.Before)} → {Show(f.After)}");
            foreach (var f in changes.Carried) o.WriteLine($"    your {f.Field} quoted {f.Before}: now {f.After}; read it again");
            if (changes.StaleJudgements > 0)
                o.WriteLine($"    {changes.StaleJudgements} of your judgements cite line numbers of the old seed: marked {StaleJudgements.Mark} until you review them");
            foreach (var field in changes.NoLongerNeeded) o.WriteLine($"    your change to {field} is no longer needed: the new source prints it itself");
            foreach (var c in changes.Conflicts)
            {
                o.WriteLine($"    {c.Field}:");
                o.WriteLine($"      at the last import: {Value(c.Base)}");
                o.WriteLine($"      yours:              {Value(c.Edited)}");
                o.WriteLine($"      new import:         {Value(c.Imported)}");
            }
        }
        foreach (var r in report.Files.Where(f => f.Outcome == MergeOutcome.Removed))
            o.WriteLine($"content/{r.Path}: {verb}removed (the sources no longer produce it)");
        foreach (var r in report.Renamed)
            o.WriteLine($"content/{r.From} → content/{r.To}: {verb}renamed (same title and department; its number in the list moved)");
        foreach (var p in report.StaleParameters)
            o.WriteLine($"{p}");
    }

    private static string Join(IEnumerable<string> fields) => string.Join(", ", fields.Distinct());

    private static string Show(string figure) => figure.Length == 0 ? "(none)" : figure;

    /// <summary>A field's lines on one line, so the three versions stand one above the other.</summary>
    private static string Value(string? block) =>
        block is null ? "(absent)" : string.Join(" ⏎ ", block.TrimEnd('\n').Split('\n').Select(l => l.Trim()));

    private static string Indent(string text, string prefix) =>
        string.Concat(text.Split('\n').Where(l => l.Length > 0).Select(l => prefix + l + "\n"));
}
