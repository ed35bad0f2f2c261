namespace SiteGen.Cli;

/// <summary>
/// What the preview knows about its builds: a version that moves when the open pages should reload, the errors of a failed
/// build (as the terminal printed them, <c>path:line:col: error: …</c>), and the pages of a build under way, served from
/// memory until it is written. Every change moves a stamp that the reload script waits on.
/// </summary>
public sealed class PreviewStatus
{
    private sealed record State(int Stamp, int Version, IReadOnlyList<string> Errors, PreviewPages? Pages, IReadOnlyList<string> Changed);

    private readonly Lock _gate = new();
    private State _state = new(0, 0, [], null, []);
    private TaskCompletionSource _changed = NewSignal();

    public int Version => Current.Version;

    public IReadOnlyList<string> Errors => Current.Errors;

    /// <summary>The checked pages of the build under way, until it is written or fails; null otherwise.</summary>
    public PreviewPages? Pages => Current.Pages;

    public int Stamp => Current.Stamp;

    private State Current { get { lock (_gate) return _state; } }

    /// <summary>A build's pages are checked and listed: open pages reload and get them from memory.</summary>
    public void Prepared(PreviewPages pages) => Change(s => s with { Version = s.Version + 1, Errors = [], Pages = pages });

    /// <summary>
    /// A build is written, with the files other than pages it changed: an open page reloads once more only if its HTML
    /// differs from what it shows or it loaded one of those files (the reload script compares).
    /// </summary>
    public void Succeeded(IReadOnlyList<string> changed) => Change(s => s with { Version = s.Version + 1, Errors = [], Pages = null, Changed = changed });

    /// <summary>
    /// A build failed: the last good site is served again, and a page that was shown this build's pages reloads to it.
    /// </summary>
    public void Failed(IReadOnlyList<string> errors) =>
        Change(s => s with { Version = s.Pages is null ? s.Version : s.Version + 1, Errors = errors.Count > 0 ? errors : ["the rebuild failed"], Pages = null });

    /// <summary>Where the preview stands, read at one moment: what a reload script's wait is answered with.</summary>
    public sealed record Moment(int Stamp, int Version, IReadOnlyList<string> Changed);

    /// <summary>The moment the stamp differs from <paramref name="seen"/>, or after <paramref name="patience"/> whatever it is.</summary>
    public async Task<Moment> ChangeAfter(int seen, TimeSpan patience, CancellationToken cancel)
    {
        Task changed;
        lock (_gate)
        {
            if (_state.Stamp != seen) return MomentOf(_state);
            changed = _changed.Task;
        }
        await Task.WhenAny(changed, Task.Delay(patience, cancel));
        return MomentOf(Current);
    }

    private static Moment MomentOf(State state) => new(state.Stamp, state.Version, state.Changed);

    private void Change(Func<State, State> next)
    {
        TaskCompletionSource signal;
        lock (_gate)
        {
            _state = next(_state) with { Stamp = _state.Stamp + 1 };
            signal = _changed;
            _changed = NewSignal();
        }
        signal.SetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

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
