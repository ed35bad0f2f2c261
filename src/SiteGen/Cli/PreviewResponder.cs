using System.Globalization;
using System.Net;
using System.Text;
using SiteGen.FileSystem;

namespace SiteGen.Cli;

/// <summary>
/// Answers one request to the preview server: 400 for a path <see cref="RequestPath"/> refuses, the rebuild count the
/// reload script and the count it polls, a file of the site (HTML gets that script added, the built file is never changed), or the
/// site's 404 page. Only files inside the output folder, symbolic links resolved, are ever read.
/// </summary>
public sealed class PreviewResponder(string outDir, Func<int> version)
{
    public const string VersionPath = "__sitegen/version";
    public const string ReloadScriptPath = "__sitegen/reload.js";

    // A script file, not inline code: the pages' Content-Security-Policy allows scripts from the site only.
    private const string ReloadTag = "<script src=\"/" + ReloadScriptPath + "\"></script>";
    private const string ReloadScript =
        "(function(){var v=null;setInterval(function(){fetch('/" + VersionPath + "').then(function(r){return r.text();}).then(function(t){if(v!==null&&t!==v)location.reload();v=t;}).catch(function(){});},1000);})();\n";

    private readonly string _root = Path.GetFullPath(outDir);

    public void Respond(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            var answer = AnswerFor(context.Request.RawUrl ?? "");
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

    private Answer AnswerFor(string rawTarget)
    {
        if (!RequestPath.TryParse(rawTarget, out var path, out var refusal)) return Text(400, $"bad request: {refusal}\n");
        if (path.Relative == VersionPath) return Text(200, version().ToString(CultureInfo.InvariantCulture));
        if (path.Relative == ReloadScriptPath) return new Answer(200, ContentTypes.Of(ReloadScriptPath), Encoding.UTF8.GetBytes(ReloadScript));
        var file = SiteFile(path.Relative);
        if (file is not null && Read(file) is { } bytes) return Page(200, file, bytes);
        var notFound = SiteFile("404.html");
        if (notFound is not null && Read(notFound) is { } page) return Page(404, notFound, page);
        return Text(404, "not found\n");
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
