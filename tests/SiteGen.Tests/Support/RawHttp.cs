using System.Net.Sockets;
using System.Text;

namespace SiteGen.Tests.Support;

/// <summary>
/// One HTTP/1.1 connection written by hand, so a request target reaches the server byte for byte: HttpClient would
/// resolve "..", and some targets (a backslash, "%00") are not URLs it accepts at all.
/// </summary>
public sealed class RawHttp : IDisposable
{
    private readonly TcpClient _client;
    private readonly NetworkStream _stream;

    private RawHttp(TcpClient client)
    {
        _client = client;
        _stream = client.GetStream();
        _stream.ReadTimeout = 10_000;
    }

    public static async Task<RawHttp> ConnectAsync(int port)
    {
        var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", port);
        return new RawHttp(client);
    }

    /// <summary>Sends a GET for <paramref name="target"/> and reads the whole response, its length taken from Content-Length.</summary>
    public async Task<RawResponse> GetAsync(string target)
    {
        await _stream.WriteAsync(Encoding.Latin1.GetBytes($"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
        var head = new List<byte>();
        while (!EndsWithBlankLine(head))
        {
            var b = _stream.ReadByte();
            if (b < 0) throw new IOException($"the connection closed before the headers of {target} ended");
            head.Add((byte)b);
        }
        var lines = Encoding.Latin1.GetString(head.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var status = int.Parse(lines[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var headers = lines.Skip(1).Select(l => l.Split(':', 2)).ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.OrdinalIgnoreCase);
        var body = new byte[headers.TryGetValue("Content-Length", out var length) ? int.Parse(length, System.Globalization.CultureInfo.InvariantCulture) : 0];
        await _stream.ReadExactlyAsync(body);
        return new RawResponse(status, headers, body);
    }

    private static bool EndsWithBlankLine(List<byte> bytes) =>
        bytes.Count >= 4 && bytes[^4] == '\r' && bytes[^3] == '\n' && bytes[^2] == '\r' && bytes[^1] == '\n';

    public void Dispose()
    {
        _stream.Dispose();
        _client.Dispose();
    }
}

public sealed record RawResponse(int Status, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string Text => Encoding.UTF8.GetString(Body);
}
