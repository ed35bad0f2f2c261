using System.Net;
using System.Text;
using SiteGen.Site;

namespace SiteGen.Cli;

/// <summary>
/// A local preview server. It listens on 127.0.0.1 only, rebuilds when content or templates change, and adds a
/// small script to the pages it serves (never to the built files) that reloads the page after each rebuild.
/// A failed rebuild keeps serving the last good site and prints the errors.
/// </summary>
public sealed class DevServer(BuildOptions options, int port, Reporter console, bool quiet)
{
    private const string VersionPath = "/__sitegen/version";
    private const string ReloadScript =
        "<script>(function(){var v=null;setInterval(function(){fetch('" + VersionPath + "').then(function(r){return r.text();}).then(function(t){if(v!==null&&t!==v)location.reload();v=t;}).catch(function(){});},1000);})();</script>";

    private int _version;

    public async Task<int> RunAsync(CancellationToken cancel)
    {
        if (BuildCommand.Run(options, quiet, console) == CommandLine.UsageError) return CommandLine.UsageError;
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
            _ = Task.Run(() => Respond(context), cancel);
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

    private void Respond(HttpListenerContext context)
    {
        using var response = context.Response;
        var path = Uri.UnescapeDataString(context.Request.Url?.AbsolutePath ?? "/");
        if (path == VersionPath)
        {
            Send(response, 200, "text/plain", Encoding.UTF8.GetBytes(Volatile.Read(ref _version).ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return;
        }
        var root = Path.GetFullPath(options.OutDir);
        var file = Path.GetFullPath(Path.Combine(root, path.TrimStart('/')));
        if (Directory.Exists(file)) file = Path.Combine(file, "index.html");
        var status = 200;
        if (!file.StartsWith(root, StringComparison.Ordinal) || !File.Exists(file))
        {
            file = Path.Combine(root, "404.html");
            status = 404;
        }
        if (!File.Exists(file))
        {
            Send(response, 404, "text/plain", Encoding.UTF8.GetBytes("not found"));
            return;
        }
        var bytes = File.ReadAllBytes(file);
        var type = ContentTypes.Of(file);
        if (type.StartsWith("text/html", StringComparison.Ordinal))
            bytes = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).Replace("</body>", ReloadScript + "</body>", StringComparison.Ordinal));
        Send(response, status, type, bytes);
    }

    private static void Send(HttpListenerResponse response, int status, string type, byte[] body)
    {
        response.StatusCode = status;
        response.ContentType = type;
        response.Headers["Cache-Control"] = "no-store";
        response.ContentLength64 = body.Length;
        response.OutputStream.Write(body);
    }

    private sealed class Disposables(IEnumerable<IDisposable> items) : IDisposable
    {
        public void Dispose() { foreach (var item in items) item.Dispose(); }
    }
}
