namespace SiteGen.Cli;

/// <summary>
/// What the preview knows about its last build: the errors of a failed one (as the terminal printed them,
/// <c>path:line:col: error: …</c>), or none. The reload script shows them over the open page.
/// </summary>
public sealed class PreviewStatus
{
    private IReadOnlyList<string> _errors = [];

    public IReadOnlyList<string> Errors => Volatile.Read(ref _errors);

    public void Succeeded() => Volatile.Write(ref _errors, []);

    public void Failed(IReadOnlyList<string> errors) => Volatile.Write(ref _errors, errors.Count > 0 ? errors : ["the rebuild failed"]);

    /// <summary>
    /// The lines of a failed build's error output that are its errors: progress lines (indented) and warnings left out,
    /// so the page shows what the terminal shows as errors and the count line after them.
    /// </summary>
    public static IReadOnlyList<string> ErrorLines(string stderr) =>
        stderr.Split('\n').Select(l => l.TrimEnd('\r'))
            .Where(l => l.Length > 0 && !l.StartsWith("  ", StringComparison.Ordinal) && !l.StartsWith("warning: ", StringComparison.Ordinal))
            .ToList();
}

/// <summary>Writes to two writers at once: the terminal, and the copy the preview keeps of a build's errors.</summary>
internal sealed class TeeWriter(TextWriter first, TextWriter second) : TextWriter
{
    public override System.Text.Encoding Encoding => first.Encoding;
    public override void Write(char value) { first.Write(value); second.Write(value); }
    public override void Write(string? value) { first.Write(value); second.Write(value); }
    public override void WriteLine(string? value) { first.WriteLine(value); second.WriteLine(value); }
    public override void Flush() { first.Flush(); second.Flush(); }
}
