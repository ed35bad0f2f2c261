namespace SiteGen.Cli;

/// <summary>
/// The pages open in a browser, as their reload scripts name them while they wait for a change: a rebuild renders these
/// first, before the rest of the build takes the cores. A page not heard of for a while (its tab closed) is forgotten.
/// </summary>
public sealed class OpenPages(TimeProvider clock)
{
    private static readonly TimeSpan Forgotten = TimeSpan.FromSeconds(60);
    private const int MostRemembered = 16;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);

    public OpenPages() : this(TimeProvider.System) { }

    /// <summary>A reload script is waiting on the page at this request path (below the site's root, as the page names itself).</summary>
    public void Seen(string relative)
    {
        lock (_gate)
        {
            _seen[relative] = clock.GetUtcNow();
            if (_seen.Count <= MostRemembered) return;
            _seen.Remove(_seen.MinBy(s => s.Value).Key);
        }
    }

    /// <summary>The pages heard of lately, most recent first.</summary>
    public IReadOnlyList<string> Recent()
    {
        var since = clock.GetUtcNow() - Forgotten;
        lock (_gate) return _seen.Where(s => s.Value >= since).OrderByDescending(s => s.Value).Select(s => s.Key).ToList();
    }
}
