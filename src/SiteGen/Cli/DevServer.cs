using System.Net;
using SiteGen.Content.Loading;
using SiteGen.Provenance;
using SiteGen.Site;

namespace SiteGen.Cli;

/// <summary>
/// A local preview server. It listens on 127.0.0.1 only, rebuilds when content or templates change, and adds a
/// small script to the pages it serves (never to the built files) that reloads the page after each rebuild.
/// A rebuild's pages are served from memory as soon as they are checked, rendered when asked for, so an edit shows
/// before the rest of the build (the other pages, the search index, the link check) is written; the page reloads once
/// more when it is.
/// A failed rebuild keeps serving the last good site, prints the errors, and the reload script shows them over the
/// open page until a rebuild succeeds, which reloads it.
/// </summary>
public sealed class DevServer(BuildOptions options, int port, Reporter console, bool quiet, bool printTimings = false)
{
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(50);

    // Every rebuild reads all content again but parses only the files whose text changed.
    private readonly ParsedFileCache _parsed = new();
    private readonly CheckedRecords _checked = new();
    private readonly OpenPages _open = new();
    private readonly OutputFingerprints _fingerprints = new();

    public async Task<int> RunAsync(CancellationToken cancel)
    {
        var status = new PreviewStatus();
        // A rebuild keeps every thread of the pool busy on both cores; a request from the open page must not wait for the
        // pool to grow (it adds a thread every half second or so), or a preview rendered in milliseconds is served in seconds.
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, 32), io);
        BackgroundStart.Begin();
        if (Build(status) == CommandLine.UsageError) return CommandLine.UsageError;
        using var rebuilds = new RebuildQueue(() => Build(status) == CommandLine.Success, Settle, console.Error);
        var responder = new PreviewResponder(options.OutDir, status, _open);
        using var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        console.Out.WriteLine($"serving {options.OutDir} at http://127.0.0.1:{port}/ (Ctrl+C to stop)");
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        var rebuilding = rebuilds.RunAsync(stopping.Token);
        try
        {
            using var watchers = Watch(rebuilds.Request);
            using var registration = cancel.Register(listener.Stop);
            while (!cancel.IsCancellationRequested)
            {
                HttpListenerContext context;
                try { context = await listener.GetContextAsync(); }
                catch (Exception) when (cancel.IsCancellationRequested) { break; }
                catch (HttpListenerException) { break; }
                _ = Task.Run(() => responder.RespondAsync(context, stopping.Token), cancel);
            }
        }
        finally
        {
            await stopping.CancelAsync();
            // A rebuild under way is let finish, so stopping never leaves a half-written staging folder behind.
            await rebuilding;
        }
        return CommandLine.Success;
    }

    /// <summary>One build, its error output both printed and kept for the page.</summary>
    private int Build(PreviewStatus status)
    {
        using var errors = new StringWriter();
        var started = System.Diagnostics.Stopwatch.StartNew();
        void Prepared(PreparedSite site)
        {
            var pages = new PreviewPages(site);
            // The pages open in a browser are rendered now, before the rest of the build takes the cores, so that their
            // reload is answered at once.
            foreach (var open in _open.Recent()) pages.Find(open);
            status.Prepared(pages);
            if (printTimings) console.Error.WriteLine(FormattableString.Invariant($"timing preview {started.Elapsed.TotalSeconds:0.000}"));
        }
        try
        {
            var result = BuildCommand.Run(options, quiet, new Reporter(console.Out, new TeeWriter(console.Error, errors)), printTimings,
                new Rebuilding(_parsed, _checked, Prepared));
            if (result == CommandLine.Success) status.Succeeded(_fingerprints.Update(options.OutDir));
            else status.Failed(PreviewStatus.ErrorLines(errors.ToString()));
            return result;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            status.Failed([$"sitegen: rebuild failed: {e.Message}"]);
            throw;
        }
    }

    private IDisposable Watch(Action changed)
    {
        var watchers = new[] { options.ContentDir, options.TemplatesDir }.Where(Directory.Exists).Select(dir =>
        {
            var w = new FileSystemWatcher(dir) { IncludeSubdirectories = true, EnableRaisingEvents = true };
            w.Changed += (_, _) => changed(); w.Created += (_, _) => changed(); w.Deleted += (_, _) => changed(); w.Renamed += (_, _) => changed();
            // An overflowing watcher has lost events; rebuilding is the only way not to miss the change they carried.
            w.Error += (_, _) => changed();
            return w;
        }).ToList();
        return new Disposables(watchers);
    }

    private sealed class Disposables(IEnumerable<IDisposable> items) : IDisposable
    {
        public void Dispose() { foreach (var item in items) item.Dispose(); }
    }
}
