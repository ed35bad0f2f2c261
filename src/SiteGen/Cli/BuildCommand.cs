using System.CommandLine;
using SiteGen.Content;
using SiteGen.Rendering;
using SiteGen.Site;
using SiteGen.Site.Output;

namespace SiteGen.Cli;

/// <summary>'sitegen build': content and templates into a static site.</summary>
public static class BuildCommand
{
    public static Command Create(Reporter console)
    {
        var baseUrl = new Option<string?>("--base-url") { Description = "Where the site will be published, such as /policy/ or https://example.gov.cn/policy/ (used for the sitemap and feed)" };
        var epoch = new Option<string?>("--source-date-epoch") { Description = "The date stamped on pages, as seconds since 1970 (default: the SOURCE_DATE_EPOCH variable, else the newest content file)" };
        var timings = new Option<bool>("--timings") { Description = "Print how long each stage took (to standard error, as 'timing <stage> <seconds>')" };
        var command = new Command("build", "Build the site from content/ into _site/");
        var folders = new SiteFolderOptions(command, withOutput: true);
        command.Options.Add(baseUrl);
        command.Options.Add(epoch);
        command.Options.Add(timings);
        command.SetAction(parse =>
            Run(folders.Read(parse, baseUrl: parse.GetValue(baseUrl), epoch: parse.GetValue(epoch)), parse.GetValue(CommonOptions.Quiet), console,
                parse.GetValue(timings)));
        return command;
    }

    public static int Run(BuildOptions options, bool quiet, Reporter console, bool printTimings = false, Rebuilding? rebuilding = null)
    {
        if (options.BaseUrl is { Length: > 0 } baseUrl && SiteAddress.Problem(baseUrl) is { } problem)
            return console.UsageError($"--base-url {problem}");
        // A process that builds again and again (the preview server) starts these once, itself.
        if (rebuilding is null) BackgroundStart.Begin();
        var progress = console.Progress(quiet);
        var timings = new StageTimings();
        try
        {
            var report = new SiteBuilder(options, SiteOutputs.All(), progress, console.Warning, timings, rebuilding).Build();
            if (!quiet)
                console.Out.WriteLine($"built {report.Pages} pages ({report.Programs} programmes, {report.Files} files) into {options.OutDir} in {timings.Total.TotalSeconds:0.0}s");
            if (printTimings) PrintTimings(timings, console.Error);
            return CommandLine.Success;
        }
        catch (OutputFolderException e) { return console.UsageError(e.Message); }
        catch (ContentException e) { return console.ContentErrors(e.Diagnostics); }
        catch (BuildException e) { return console.Problems(e.Problems, "problem(s) in the output"); }
        catch (TemplateException e) { return console.Problems([e.Message], "template error(s)"); }
        catch (Scriban.Syntax.ScriptRuntimeException e) { return console.Problems([TemplateError(e)], "template error(s)"); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return console.Problems([e.Message], "file error(s)"); }
    }

    private static void PrintTimings(StageTimings timings, TextWriter to)
    {
        foreach (var (stage, took) in timings.Stages) to.WriteLine(FormattableString.Invariant($"timing {stage} {took.TotalSeconds:0.000}"));
        to.WriteLine(FormattableString.Invariant($"timing total {timings.Total.TotalSeconds:0.000}"));
    }

    /// <summary>A template's runtime error as path:line:col, like every other error, rather than Scriban's own format.</summary>
    private static string TemplateError(Scriban.Syntax.ScriptRuntimeException e) =>
        $"{ContentPaths.Display(e.Span.FileName)}:{e.Span.Start.Line + 1}:{e.Span.Start.Column + 1}: {e.OriginalMessage}";
}
