using System.CommandLine;
using SiteGen.Site;

namespace SiteGen.Cli;

/// <summary>'sitegen serve': builds, serves the site on 127.0.0.1, rebuilds on change and reloads the open page.</summary>
public static class ServeCommand
{
    public static Command Create(Reporter console)
    {
        var port = new Option<int>("--port") { Description = "The port on 127.0.0.1", DefaultValueFactory = _ => 8080 };
        var command = new Command("serve", "Serve the site locally, rebuilding when content or templates change");
        var folders = new SiteFolderOptions(command, withOutput: true);
        var timings = new Option<bool>("--timings") { Description = "Print how long each rebuild's stages took, and when its pages could be served ('timing preview <seconds>')" };
        command.Options.Add(port);
        command.Options.Add(timings);
        command.SetAction((parse, cancel) =>
        {
            var options = folders.Read(parse);
            var quiet = parse.GetValue(CommonOptions.Quiet);
            var n = parse.GetValue(port);
            if (n is < 1 or > 65535)
            {
                console.Error.WriteLine($"sitegen: --port must be between 1 and 65535, not {n}");
                return Task.FromResult(CommandLine.UsageError);
            }
            return new DevServer(options, n, console, quiet, parse.GetValue(timings)).RunAsync(cancel);
        });
        return command;
    }
}
