using System.Net;
using SiteGen.Site;

namespace SiteGen.Cli;

/// <summary>
/// A local preview server. It listens on 127.0.0.1 only, rebuilds when content or templates change, and adds a
/// small script to the pages it serves (never to the built files) that reloads the page after each rebuild.
/// A failed rebuild keeps serving the last good site and prints the errors.
/// </summary>
public sealed class DevServer(BuildOptions options, int port, Reporter console, bool quiet)
{
    private int _version;

    public async Task<int> RunAsync(CancellationToken cancel)
    {
        if (BuildCommand.Run(options, quiet, console) == CommandLine.UsageError) return CommandLine.UsageError;
        var responder = new PreviewResponder(options.OutDir, () => Volatile.Read(ref _version));
        using var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        console.Out.WriteLine($"serving {options.OutDir} at http://127.0.0.1:{port}/ (Ctrl+C to stop)");
        using var watcher = Watch(cancel);
        using var registration = cancel.Register(listener.Stop);
        while (!cancel.IsCancellationRequested)
        {
            HttpListenerContext context;
            try { context = await listener.GetContextAsync(); }
            catch (Exception) when (cancel.IsCancellationRequested) { break; }
            catch (HttpListenerException) { break; }
            _ = Task.Run(() => responder.Respond(context), cancel);
        }
        return CommandLine.Success;
    }

    private IDisposable Watch(CancellationToken cancel)
    {
        var pending = 0;
        var watchers = new[] { options.ContentDir, options.TemplatesDir }.Where(Directory.Exists).Select(dir =>
        {
            var w = new FileSystemWatcher(dir) { IncludeSubdirectories = true, EnableRaisingEvents = true };
            void Changed(object? sender, FileSystemEventArgs e)
            {
                if (Interlocked.Exchange(ref pending, 1) == 1) return;
                // Editors save in several steps; wait for them to finish before rebuilding once.
                Task.Delay(300, cancel).ContinueWith(_ =>
                {
                    Interlocked.Exchange(ref pending, 0);
                    if (BuildCommand.Run(options, quiet, console) == CommandLine.Success) Interlocked.Increment(ref _version);
                }, cancel);
            }
            w.Changed += Changed; w.Created += Changed; w.Deleted += Changed; w.Renamed += Changed;
            return w;
        }).ToList();
        return new Disposables(watchers);
    }

    private sealed class Disposables(IEnumerable<IDisposable> items) : IDisposable
    {
        public void Dispose() { foreach (var item in items) item.Dispose(); }
    }
}
