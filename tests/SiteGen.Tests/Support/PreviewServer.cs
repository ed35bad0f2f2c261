using System.Net;
using System.Net.Sockets;
using SiteGen.Cli;
using SiteGen.Site;

namespace SiteGen.Tests.Support;

/// <summary>
/// The preview server over a <see cref="TempSite"/>, on a free port of 127.0.0.1. Disposing it stops the server and waits
/// for a rebuild under way, so the site's folder can be deleted afterwards.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task<int> _running;

    public PreviewServer(TempSite site, string? outDir = null)
    {
        Port = FreePort();
        var options = new BuildOptions(site.Content, site.Templates, site.Seeds, outDir ?? site.Out, null, "1700000000");
        _running = new DevServer(options, Port, new Reporter(TextWriter.Null, TextWriter.Null), quiet: true).RunAsync(_stop.Token);
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{Port}/"), Timeout = TimeSpan.FromSeconds(10) };
    }

    public int Port { get; }

    /// <summary>A client for ordinary requests; it normalises paths, so attacks go through <see cref="RawGetAsync"/>.</summary>
    public HttpClient Http { get; }

    /// <summary>A connection that sends request targets exactly as written.</summary>
    public Task<RawHttp> Raw() => RawHttp.ConnectAsync(Port);

    /// <summary>One request, its target sent exactly as written, on a connection of its own.</summary>
    public async Task<RawResponse> RawGetAsync(string target)
    {
        using var connection = await Raw();
        return await connection.GetAsync(target);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _stop.CancelAsync();
        await _running;
        _stop.Dispose();
    }

    /// <summary>Retries until the server has started or rebuilt; gives up after a generous limit so a broken server fails the test.</summary>
    public static async Task<T> Eventually<T>(Func<Task<T>> attempt)
    {
        for (var i = 0; ; i++)
        {
            try { return await attempt(); }
            catch (Exception) when (i < 150) { await Task.Delay(200); }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
