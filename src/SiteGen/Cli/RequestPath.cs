using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace SiteGen.Cli;

/// <summary>
/// The path of a request to the preview server, read from the raw request target and percent-decoded exactly once.
/// Anything that could mean a different file after a second decoding, on another platform or to another layer is
/// refused rather than repaired: a dot segment, an encoded slash, a backslash, a control character, a '%' left over,
/// or bytes that are not UTF-8. What is accepted is a plain relative path below the site's root, '/'-separated.
/// </summary>
public sealed record RequestPath
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private RequestPath(string relative) => Relative = relative;

    /// <summary>The path below the site's root, segments joined by '/'; empty for the root itself.</summary>
    public string Relative { get; }

    public static bool TryParse(string rawTarget, [NotNullWhen(true)] out RequestPath? path, [NotNullWhen(false)] out string? refusal)
    {
        path = null;
        refusal = Refusal(rawTarget, out var segments);
        if (refusal is not null) return false;
        path = new RequestPath(string.Join('/', segments));
        return true;
    }

    private static string? Refusal(string rawTarget, out List<string> segments)
    {
        segments = [];
        var query = rawTarget.IndexOf('?');
        var raw = query < 0 ? rawTarget : rawTarget[..query];
        // Only origin-form targets ("/path"): a proxy-style absolute URL or "*" has no business at a local preview.
        if (!raw.StartsWith('/')) return "the request target must start with '/'";
        // The request line is ASCII by definition; a raw byte beyond it means a client that skipped percent-encoding,
        // and guessing its encoding is how two layers come to disagree about a path.
        if (raw.Any(c => c is <= ' ' or > '~')) return "the request target has a character that must be percent-encoded";
        // Splitting before decoding is what makes an encoded slash ("%2f") stay inside its segment, where it is refused.
        foreach (var rawSegment in raw[1..].Split('/'))
        {
            var segment = Decode(rawSegment);
            if (segment is null) return "the path has a malformed percent escape or is not UTF-8";
            if (segment is "." or "..") return "the path has a '.' or '..' segment";
            if (segment.Contains('/')) return "the path has an encoded '/'";
            if (segment.Contains('\\')) return "the path has a backslash";
            if (segment.Any(char.IsControl)) return "the path has a control character";
            if (segment.Contains('%')) return "the path is percent-encoded twice";
            // Empty segments ("a//b", a trailing '/') name nothing; the folder they leave is what is meant.
            if (segment.Length > 0) segments.Add(segment);
        }
        return null;
    }

    /// <summary>One round of percent-decoding into UTF-8, or null when an escape is malformed or the bytes are not UTF-8.</summary>
    private static string? Decode(string raw)
    {
        if (!raw.Contains('%')) return raw;
        var bytes = new List<byte>(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] != '%')
            {
                bytes.Add((byte)raw[i]);
                continue;
            }
            if (i + 2 >= raw.Length || !char.IsAsciiHexDigit(raw[i + 1]) || !char.IsAsciiHexDigit(raw[i + 2])) return null;
            bytes.Add(Convert.FromHexString(raw.AsSpan(i + 1, 2))[0]);
            i += 2;
        }
        try { return StrictUtf8.GetString(bytes.ToArray()); }
        catch (DecoderFallbackException) { return null; }
    }
}
