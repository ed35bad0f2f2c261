using System.CommandLine;
using SiteGen.Content;
using SiteGen.Content.Model;
using SiteGen.FileSystem;
using SiteGen.Synth;

namespace SiteGen.Cli;

/// <summary>'sitegen synth': a content folder of any size, sampled from the real one, for measuring the build at scale.</summary>
public static class SynthCommand
{
    public static Command Create(Reporter console)
    {
        var programmes = new Option<int>("--programs") { Description = "How many programmes in all (the real ones included)", Required = true };
        var outDir = new Option<string>("--out") { Description = "Where the content folder is written (absent or empty)", Required = true };
        var seed = new Option<ulong>("--seed") { Description = "The seed of the sampling; the same seed and count give the same files", DefaultValueFactory = _ => 1 };
        var from = new Option<string>("--from") { Description = "The real content folder to sample", DefaultValueFactory = _ => "content" };
        var command = new Command("synth", "Write a synthetic content folder of N programmes sampled from the real content") { programmes, outDir, seed, from };
        command.SetAction(parse =>
        {
            var options = new SynthOptions(parse.GetValue(from)!, parse.GetValue(outDir)!, parse.GetValue(programmes), parse.GetValue(seed));
            if (OutProblem(options) is { } problem) return console.UsageError(problem);
            ContentSet real;
            try { real = new ContentLoader(options.FromDir).Load(); }
            catch (ContentException e) { return console.ContentErrors(e.Diagnostics); }
            if (options.Programmes < Synthesizer.Fewest(real))
                return console.UsageError($"--programs must be at least {Synthesizer.Fewest(real)}: every programme of {options.FromDir} is kept, with the calculators that name it");

            var started = System.Diagnostics.Stopwatch.StartNew();
            var report = Synthesizer.Run(real, options);
            if (!parse.GetValue(CommonOptions.Quiet))
                console.Out.WriteLine($"wrote {report.Programmes} programmes ({report.SyntheticProgrammes} made up), {report.Regions} regions ({report.SyntheticRegions} made up) " +
                    $"and {report.Departments} departments ({report.SyntheticDepartments} made up) into {options.OutDir} in {started.Elapsed.TotalSeconds:0.0}s");
            return CommandLine.Success;
        });
        return command;
    }

    /// <summary>The output must be a new or empty folder apart from the real content, so nothing is ever overwritten or mixed in.</summary>
    private static string? OutProblem(SynthOptions options)
    {
        var outDir = Path.GetFullPath(options.OutDir);
        var fromDir = Path.GetFullPath(options.FromDir);
        if (ContainedPath.Overlap(fromDir, outDir))
            return $"--out {options.OutDir} must lie apart from the content it samples ({options.FromDir})";
        if (File.Exists(outDir)) return $"--out {options.OutDir} is a file; name a new or empty folder";
        if (Directory.Exists(outDir) && Directory.EnumerateFileSystemEntries(outDir).Any())
            return $"--out {options.OutDir} is not empty; name a new or empty folder";
        return null;
    }
}
