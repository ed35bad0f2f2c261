namespace SiteGen.Cli;

/// <summary>
/// The preview server's rebuilds, one at a time. Changes that arrive while a rebuild waits or runs are folded into
/// exactly one more rebuild after it: two builds at once would share the staging folder, and a change left unbuilt
/// would leave the preview showing an old save.
/// </summary>
public sealed class RebuildQueue(Func<bool> rebuild, TimeSpan settle, TextWriter errors) : IDisposable
{
    // Released only when the queue goes from clean to dirty, so it never holds more than one wake-up.
    private readonly SemaphoreSlim _wake = new(0, 1);
    private int _dirty;
    private int _version;

    /// <summary>How many rebuilds have succeeded.</summary>
    public int Version => Volatile.Read(ref _version);

    /// <summary>Something changed: rebuild after the current rebuild, if one is running, or soon.</summary>
    public void Request()
    {
        if (Interlocked.Exchange(ref _dirty, 1) == 0) _wake.Release();
    }

    /// <summary>Rebuilds whenever requested, until cancelled; a rebuild already running is finished, not abandoned.</summary>
    public async Task RunAsync(CancellationToken cancel)
    {
        try
        {
            while (true)
            {
                await _wake.WaitAsync(cancel);
                // Editors save in several steps; the changes that arrive meanwhile belong to this rebuild.
                await Task.Delay(settle, cancel);
                // Cleared before building, so a change made during the build asks for one more.
                Interlocked.Exchange(ref _dirty, 0);
                if (Rebuild()) Interlocked.Increment(ref _version);
            }
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested) { }
    }

    private bool Rebuild()
    {
        try { return rebuild(); }
        // Content errors are reported by the build itself; anything else (a file another program holds, a folder
        // removed under it) must not end the loop, or the preview would silently stop following edits.
        catch (Exception e) when (e is not OperationCanceledException)
        {
            errors.WriteLine($"sitegen: rebuild failed: {e.Message}");
            return false;
        }
    }

    public void Dispose() => _wake.Dispose();
}
