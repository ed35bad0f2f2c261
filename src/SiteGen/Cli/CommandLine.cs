using System.CommandLine;

namespace SiteGen.Cli;

/// <summary>The 'sitegen' command: its verbs and the exit codes (0 success, 1 content errors, 2 usage errors).</summary>
public static class CommandLine
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int UsageError = 2;

    /// <summary>Set to show the stack trace of an unexpected error.</summary>
    public const string TraceVariable = "SITEGEN_TRACE";

    public static Task<int> RunAsync(string[] args) => Task.FromResult(Run(args, Console.Out, Console.Error));

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("SiteGen: turns published policy listings into a static website.");
        root.Options.Add(CommonOptions.Quiet);
        var console = new Reporter(stdout, stderr);
        root.Subcommands.Add(BuildCommand.Create(console));
        root.Subcommands.Add(CheckCommand.Create(console));
        root.Subcommands.Add(ServeCommand.Create(console));
        root.Subcommands.Add(ImportCommand.Create(console));
        root.Subcommands.Add(SearchCommand.Create(console));
        root.Subcommands.Add(CalcCommand.Create(console));
        root.Subcommands.Add(FindCommand.Create(console));
        root.Subcommands.Add(SynthCommand.Create(console));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) stderr.WriteLine($"sitegen: {error.Message}");
            stderr.WriteLine("Run 'sitegen --help' for usage.");
            return UsageError;
        }
        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"sitegen: {e.Message}");
            return ContentErrors;
        }
        catch (Exception e) when (Environment.GetEnvironmentVariable(TraceVariable) is null)
        {
            // A stack trace helps nobody who edits content; the variable brings it back for whoever maintains SiteGen.
            stderr.WriteLine($"sitegen: unexpected {e.GetType().Name}: {e.Message}");
            stderr.WriteLine($"Nothing was published. Set {TraceVariable}=1 to see where it happened, and report it.");
            return ContentErrors;
        }
    }
}
