using System.Text;

namespace SiteGen.FileSystem;

/// <summary>
/// Text files as SiteGen accepts them: UTF-8 (with or without a byte-order mark), no NUL bytes, within a size limit.
/// Anything else is refused with the line where it goes wrong, rather than published with replacement characters.
/// </summary>
public static class Utf8Text
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <param name="Text">The decoded text, or null when the file was refused.</param>
    /// <param name="Line">The 1-based line of the problem, when there is one.</param>
    public sealed record Result(string? Text, int Line, string? Problem);

    public static Result Read(string path, long maxBytes)
    {
        var length = new FileInfo(path).Length;
        if (length > maxBytes)
            return new Result(null, 1, $"the file is {length / 1024.0 / 1024.0:0.0} MB, more than the {maxBytes / 1024 / 1024} MB a text file may have; split it or check that it is the right file");
        return Decode(File.ReadAllBytes(path));
    }

    public static Result Decode(byte[] bytes)
    {
        var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? 3 : 0;
        var nul = bytes.AsSpan(start).IndexOf((byte)0);
        if (nul >= 0) return new Result(null, LineAt(bytes, start + nul), "the file holds NUL bytes, so it is binary, not text; save it as UTF-8 text");
        try
        {
            return new Result(Strict.GetString(bytes, start, bytes.Length - start), 0, null);
        }
        catch (DecoderFallbackException e)
        {
            var at = e.Index >= 0 ? start + e.Index : start;
            return new Result(null, LineAt(bytes, at), "the file is not UTF-8 text (it may be GBK or another encoding); save it as UTF-8");
        }
    }

    private static int LineAt(byte[] bytes, int offset) => bytes.AsSpan(0, Math.Min(offset, bytes.Length)).Count((byte)'\n') + 1;
}
