using System.CommandLine;
using SiteGen.Content;
using SiteGen.Site;

namespace SiteGen.Cli;

/// <summary>'sitegen check': validates content, provenance, templates and links without touching the output.</summary>
public static class CheckCommand
{
    public static Command Create(Reporter console)
    {
        var command = new Command("check", "Check content, its figures against the sources, and links; write nothing");
        var folders = new SiteFolderOptions(command, withOutput: false);
        command.SetAction(parse =>
        {
            // One folder per run: two checks in one process (tests, serve) must not share it.
            var scratch = Path.Combine(Path.GetTempPath(), $"sitegen-check-{Environment.ProcessId}-{Guid.NewGuid():N}");
            try
            {
                var code = BuildCommand.Run(folders.Read(parse, outDir: scratch), quiet: true, console);
                if (code == CommandLine.Success && !parse.GetValue(CommonOptions.Quiet)) console.Out.WriteLine("content, figures and links are fine");
                return code;
            }
            finally
            {
                if (Directory.Exists(scratch)) Directory.Delete(scratch, recursive: true);
                File.Delete(scratch + ".lock");
            }
        });
        return command;
    }
}
