using System.CommandLine;
using SiteGen.Content;
using SiteGen.Site;

namespace SiteGen.Cli;

/// <summary>'sitegen check': validates content, provenance, templates and links without touching the output.</summary>
public static class CheckCommand
{
    public static Command Create(Reporter console)
    {
        var content = CommonOptions.Content();
        var templates = CommonOptions.Templates();
        var seeds = CommonOptions.Seeds();
        var command = new Command("check", "Check content, its figures against the sources, and links; write nothing") { content, templates, seeds };
        command.SetAction(parse =>
        {
            var scratch = Path.Combine(Path.GetTempPath(), "sitegen-check-" + Environment.ProcessId);
            try
            {
                var options = new BuildOptions(parse.GetValue(content)!, parse.GetValue(templates)!, parse.GetValue(seeds)!, scratch, null, Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"));
                var code = BuildCommand.Run(options, quiet: true, console);
                if (code == CommandLine.Success && !parse.GetValue(CommonOptions.Quiet)) console.Out.WriteLine("content, figures and links are fine");
                return code;
            }
            finally
            {
                if (Directory.Exists(scratch)) Directory.Delete(scratch, recursive: true);
            }
        });
        return command;
    }
}
