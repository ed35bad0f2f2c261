using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using SiteGen.FileSystem;
using SiteGen.Site.Model;

namespace SiteGen.Cli;

/// <summary>
/// Answers one request to the preview server: 400 for a path <see cref="RequestPath"/> refuses, the version, the last build's errors and the
/// wait for a change that the reload script asks for, that script and its overlay's stylesheet, a page of the build under way (rendered from memory),
/// a file of the site (HTML gets that script added, the built file is never changed), or the site's 404 page. Only files inside the output folder,
/// symbolic links resolved, are ever read.
/// </summary>
public sealed class PreviewResponder(string outDir, PreviewStatus status, OpenPages open)
{
    /// <summary>How long a wait for a change is held open before it is answered anyway; the script then asks again.</summary>
    private static readonly TimeSpan WaitPatience = TimeSpan.FromSeconds(20);

    /// <summary>More changed files than this and every open page reloads, rather than each comparing a long list.</summary>
    private const int MostChangedListed = 5000;

    public const string VersionPath = "__sitegen/version";
    public const string WaitPath = "__sitegen/wait";
    public const string ErrorsPath = "__sitegen/errors";
    public const string ReloadScriptPath = "__sitegen/reload.js";
    public const string OverlayStylePath = "__sitegen/overlay.css";

    // A script file, not inline code: the pages' Content-Security-Policy allows scripts from the site only.
    private const string ReloadTag = "<script src=\"/" + ReloadScriptPath + "\"></script>";

    // Waits for the preview to change (the server holds the request until it does, and hears from it which page is open),
    // then reloads the page if the version moved and the page or a file it loaded changed, or shows the last build's
    // errors over the page as text (textContent: an error quoting markup stays text), with the
    // overlay's stylesheet a file of the server's too.
    private const string ReloadScript = """
        (function () {
          var version = null, stamp = -1, shown = '', box = null;
          function show(errors) {
            var text = errors.join('\n');
            if (text === shown) return;
            shown = text;
            if (!errors.length) { if (box) { box.remove(); box = null; } return; }
            if (!box) {
              var style = document.createElement('link');
              style.rel = 'stylesheet';
              style.href = '/__sitegen/overlay.css';
              document.head.appendChild(style);
              box = document.createElement('section');
              box.id = 'sitegen-errors';
              box.setAttribute('role', 'alert');
              box.setAttribute('aria-label', '生成错误');
              document.body.appendChild(box);
            }
            box.textContent = '';
            var heading = document.createElement('h2');
            heading.textContent = '重新生成失败：这一页仍是上次成功生成的内容';
            var hint = document.createElement('p');
            hint.textContent = '改正下面的错误并保存，页面会自动刷新。';
            var list = document.createElement('pre');
            list.textContent = text;
            box.appendChild(heading);
            box.appendChild(hint);
            box.appendChild(list);
          }
          // The page as it was served, to tell whether a new version changes it.
          var loaded = fetch(location.href, { cache: 'no-store' }).then(function (r) { return r.text(); });
          function used() {
            return performance.getEntriesByType('resource').map(function (e) {
              var url = new URL(e.name);
              return url.origin === location.origin ? decodeURIComponent(url.pathname.slice(1)) : '';
            });
          }
          // A new version reloads the page if its HTML is not what the page shows, or a file it loaded changed.
          function stale(now) {
            if (now.all) return Promise.resolve(true);
            return Promise.all([loaded, fetch(location.href, { cache: 'no-store' }).then(function (r) { return r.text(); })]).then(function (pages) {
              if (pages[0] !== pages[1]) return true;
              var files = used();
              return now.changed.some(function (f) { return files.indexOf(f) >= 0; });
            });
          }
          // The first wait (no stamp yet) is answered at once with where the preview stands.
          function wait() {
            fetch('/__sitegen/wait?stamp=' + stamp + '&page=' + encodeURIComponent(location.pathname.slice(1)))
              .then(function (r) { return r.json(); })
              .then(function (now) {
                var moved = version !== null && now.version !== version;
                version = now.version;
                stamp = now.stamp;
                return (moved ? stale(now) : Promise.resolve(false)).then(function (reload) {
                  if (reload) { location.reload(); return; }
                  return fetch('/__sitegen/errors').then(function (r) { return r.json(); }).then(show).then(wait);
                });
              })
              .catch(function () { setTimeout(wait, 1000); });
          }
          wait();
        })();

        """;

    private const string OverlayStyle = """
        #sitegen-errors { position: fixed; inset: auto 0 0 0; z-index: 2147483647; max-height: 60vh; overflow: auto;
          margin: 0; padding: 1rem 1.25rem; background: #fff4f4; color: #5c0000; border-top: 4px solid #b00020;
          font: 16px/1.5 system-ui, sans-serif; box-shadow: 0 -4px 16px rgba(0, 0, 0, .25); }
        #sitegen-errors h2 { margin: 0 0 .25rem; font-size: 1.125rem; }
        #sitegen-errors p { margin: 0 0 .5rem; }
        #sitegen-errors pre { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; font: 14px/1.5 ui-monospace, monospace; color: #1a1a1a; }

        """;

    private readonly string _root = Path.GetFullPath(outDir);

    public async Task RespondAsync(HttpListenerContext context, CancellationToken cancel)
    {
        var response = context.Response;
        try
        {
            var answer = await AnswerFor(context.Request.RawUrl ?? "", cancel);
            response.StatusCode = answer.Status;
            response.ContentType = answer.ContentType;
            response.Headers["Cache-Control"] = "no-store";
            // A known length is what lets HttpListener keep the connection open for the browser's next request.
            response.ContentLength64 = answer.Body.Length;
            if (context.Request.HttpMethod != "HEAD") response.OutputStream.Write(answer.Body);
            // Close, never Dispose: HttpListener's Dispose aborts the connection instead of keeping it alive.
            response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
        {
            // The browser went away mid-answer; nothing is left to tell it.
            response.Abort();
        }
    }

    private async Task<Answer> AnswerFor(string rawTarget, CancellationToken cancel)
    {
        if (!RequestPath.TryParse(rawTarget, out var path, out var refusal)) return Text(400, $"bad request: {refusal}\n");
        if (path.Relative == VersionPath) return Text(200, status.Version.ToString(CultureInfo.InvariantCulture));
        if (path.Relative == WaitPath) return await Wait(rawTarget, cancel);
        if (path.Relative == ErrorsPath) return new Answer(200, ContentTypes.Of(".json"), JsonSerializer.SerializeToUtf8Bytes(status.Errors));
        if (path.Relative == ReloadScriptPath) return new Answer(200, ContentTypes.Of(ReloadScriptPath), Encoding.UTF8.GetBytes(ReloadScript));
        if (path.Relative == OverlayStylePath) return new Answer(200, ContentTypes.Of(OverlayStylePath), Encoding.UTF8.GetBytes(OverlayStyle));
        var preview = status.Pages;
        if (preview?.Find(path.Relative) is { } html) return Page(200, SitePaths.Home, html);
        var file = SiteFile(path.Relative);
        if (file is not null && Read(file) is { } bytes) return Page(200, file, bytes);
        if (preview?.Find(SitePaths.NotFound) is { } missing) return Page(404, SitePaths.NotFound, missing);
        var notFound = SiteFile(SitePaths.NotFound);
        if (notFound is not null && Read(notFound) is { } page) return Page(404, notFound, page);
        return Text(404, "not found\n");
    }

    /// <summary>
    /// A reload script's wait (<c>?stamp=N&amp;page=P</c>): answered with the stamp and version once the stamp differs from N
    /// (at once without one), or after a while anyway. P, the page it is on, is remembered so a rebuild renders it first.
    /// </summary>
    private async Task<Answer> Wait(string rawTarget, CancellationToken cancel)
    {
        var query = Query(rawTarget);
        if (query.TryGetValue("page", out var page) && page.Length <= 1000) open.Seen(page);
        var seen = query.TryGetValue("stamp", out var s) && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;
        var now = await status.ChangeAfter(seen, WaitPatience, cancel);
        var all = now.Changed.Count > MostChangedListed;
        return new Answer(200, ContentTypes.Of(".json"), JsonSerializer.SerializeToUtf8Bytes(
            new { stamp = now.Stamp, version = now.Version, changed = all ? [] : now.Changed, all }));
    }

    private static Dictionary<string, string> Query(string rawTarget)
    {
        var at = rawTarget.IndexOf('?');
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        if (at < 0) return pairs;
        foreach (var pair in rawTarget[(at + 1)..].Split('&'))
        {
            var eq = pair.IndexOf('=');
            if (eq <= 0) continue;
            try { pairs[pair[..eq]] = Uri.UnescapeDataString(pair[(eq + 1)..]); }
            catch (UriFormatException) { }
        }
        return pairs;
    }

    /// <summary>The file a path names inside the output, a folder meaning its index page; null when there is none inside.</summary>
    private string? SiteFile(string relative)
    {
        try
        {
            var file = ContainedPath.Resolve(_root, relative.Length == 0 ? "index.html" : relative);
            // The index page is resolved on its own: it could be a link leading out even when its folder is not.
            if (file is not null && Directory.Exists(file)) file = ContainedPath.Resolve(_root, relative + "/index.html");
            return file;
        }
        catch (IOException) { return null; } // a loop of symbolic links
    }

    private static byte[]? Read(string file)
    {
        // A rebuild can replace the output between finding a file and reading it; that reads as missing.
        try { return File.Exists(file) ? File.ReadAllBytes(file) : null; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
    }

    private static Answer Page(int status, string file, byte[] bytes)
    {
        var type = ContentTypes.Of(file);
        if (type.StartsWith("text/html", StringComparison.Ordinal))
            bytes = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).Replace("</body>", ReloadTag + "</body>", StringComparison.Ordinal));
        return new Answer(status, type, bytes);
    }

    private static Answer Text(int status, string text) => new(status, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes(text));

    private sealed record Answer(int Status, string ContentType, byte[] Body);
}
