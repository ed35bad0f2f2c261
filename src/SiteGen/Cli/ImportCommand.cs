using System.CommandLine;
using SiteGen.Content;
using SiteGen.Import;
using SiteGen.Import.Writing;

namespace SiteGen.Cli;

/// <summary>'sitegen import': seeds/ into content/, keeping every hand correction.</summary>
public static class ImportCommand
{
    public static Command Create(Reporter console)
    {
        var seeds = CommonOptions.Seeds();
        var content = CommonOptions.Content();
        var accept = new Option<bool>("--accept") { Description = "Mark staged imports as merged: stop reporting files you have reconciled by hand" };
        var allowFewer = new Option<bool>("--allow-fewer")
        {
            Description = "Import a seed even though it yields fewer than half the programmes it did last time (a list that really shrank)",
        };
        var dryRun = new Option<bool>("--dry-run") { Description = "Report what the import would add, remove, rename, change, merge and stage, and write nothing" };
        var command = new Command("import", "Import the published sources in seeds/ into content/") { seeds, content, accept, allowFewer, dryRun };
        command.SetAction(parse =>
        {
            var quiet = parse.GetValue(CommonOptions.Quiet);
            try
            {
                var importer = new Importer(parse.GetValue(seeds)!, parse.GetValue(content)!, ImportFormats.Standard(), console.Progress(quiet));
                var report = importer.Run(new ImportOptions(parse.GetValue(accept), parse.GetValue(allowFewer), parse.GetValue(dryRun)));
                return Report(report, quiet, parse.GetValue(dryRun), console);
            }
            catch (ContentException e) { return console.ContentErrors(e.Diagnostics); }
        });
        return command;
    }

    private static int Report(ImportReport report, bool quiet, bool dryRun, Reporter console)
    {
        var counts = report.Files.GroupBy(f => f.Outcome).ToDictionary(g => g.Key, g => g.Count());
        // Every change is listed even with --quiet: an amount that moves must never pass unseen.
        ImportReportWriter.Write(report, console.Error, dryRun);
        foreach (var orphan in report.Files.Where(f => f.Outcome == MergeOutcome.Orphaned))
            console.Error.WriteLine($"content/{orphan.Path}: the sources no longer produce this file, but it was edited by hand, so it is kept: delete it if it is no longer wanted");
        if (!quiet)
        {
            foreach (var (file, n) in report.ProgramsBySource) console.Out.WriteLine($"{file}: {n} programmes");
            console.Out.WriteLine($"{(dryRun ? "dry run, nothing written: " : "")}{report.Programs} programmes, {report.Documents} policy documents: " +
                $"{counts.GetValueOrDefault(MergeOutcome.Written)} written, {counts.GetValueOrDefault(MergeOutcome.Merged)} merged, {counts.GetValueOrDefault(MergeOutcome.Unchanged)} unchanged, " +
                $"{counts.GetValueOrDefault(MergeOutcome.KeptEdit)} hand-edited kept, {counts.GetValueOrDefault(MergeOutcome.KeptDeletion)} deletions kept, " +
                $"{counts.GetValueOrDefault(MergeOutcome.Removed)} removed, {counts.GetValueOrDefault(MergeOutcome.Orphaned)} orphaned, " +
                $"{counts.GetValueOrDefault(MergeOutcome.Conflict)} to merge");
        }
        return counts.GetValueOrDefault(MergeOutcome.Conflict) > 0 ? CommandLine.ContentErrors : CommandLine.Success;
    }
}
