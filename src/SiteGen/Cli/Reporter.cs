using SiteGen.Content;

namespace SiteGen.Cli;

/// <summary>What the command line tells its user: progress on stderr (unless quiet), results on stdout, errors on stderr.</summary>
public sealed class Reporter(TextWriter stdout, TextWriter stderr)
{
    public TextWriter Out => stdout;
    public TextWriter Error => stderr;

    public Action<string> Progress(bool quiet) => quiet ? _ => { } : message => stderr.WriteLine($"  {message}");

    public void Warning(string message) => stderr.WriteLine($"warning: {message}");

    /// <summary>A mistake in how the command was called (exit 2): one plain sentence, nothing written.</summary>
    public int UsageError(string message)
    {
        stderr.WriteLine($"sitegen: {message}");
        return CommandLine.UsageError;
    }

    public int ContentErrors(IReadOnlyList<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics) stderr.WriteLine($"{d.Where}: error: {d.Message}");
        stderr.WriteLine($"{diagnostics.Count} error(s); nothing was written.");
        return CommandLine.ContentErrors;
    }

    public int Problems(IReadOnlyList<string> problems, string what)
    {
        foreach (var p in problems) stderr.WriteLine($"error: {p}");
        stderr.WriteLine($"{problems.Count} {what}; the previous output is unchanged.");
        return CommandLine.ContentErrors;
    }
}
