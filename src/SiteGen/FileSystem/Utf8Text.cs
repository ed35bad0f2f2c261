using System.Buffers;
using System.Text.Unicode;

namespace SiteGen.FileSystem;

/// <summary>
/// Text files as SiteGen accepts them: strict UTF-8 (a byte-order mark is allowed), no NUL or other stray control
/// characters, within a size limit. Anything else is refused at its first bad line and column, rather than decoded
/// into replacement characters that would end up on the site.
/// </summary>
public static class Utf8Text
{
    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    // Tab, line feed, vertical tab, form feed and carriage return occur in exported text; no other C0 control does.
    private static readonly SearchValues<char> Controls = SearchValues.Create(
        Enumerable.Range(0, 0x20).Select(c => (char)c).Where(c => c is not ('\t' or '\n' or '\v' or '\f' or '\r')).ToArray());

    /// <summary>Where a file was refused (1-based) and why.</summary>
    public sealed record Refusal(int Line, int Column, string Message);

    /// <summary>The text, or the reason it was refused.</summary>
    public sealed record Result(string? Text, Refusal? Problem);

    public static Result Read(string path, long maxBytes)
    {
        var length = new FileInfo(path).Length;
        if (length > maxBytes)
            return new Result(null, new Refusal(1, 1,
                $"the file is {length / 1024.0 / 1024.0:0.0} MB, more than the {maxBytes / 1024 / 1024} MB such a file may have; check that it is the right file"));
        return Decode(File.ReadAllBytes(path));
    }

    public static Result Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(ByteOrderMark)) bytes = bytes[ByteOrderMark.Length..];
        var chars = new char[bytes.Length];
        var status = Utf8.ToUtf16(bytes, chars, out var bytesRead, out var charsWritten, replaceInvalidSequences: false);
        var text = new string(chars, 0, charsWritten);
        if (status != OperationStatus.Done)
            return Refuse(text, EndsMidCharacter(bytes[bytesRead..])
                ? "the file ends in the middle of a character, so it looks truncated; use the complete file"
                : "not UTF-8 text " + Guess(bytes[bytesRead..]) + "; save the file as UTF-8");
        var control = text.AsSpan().IndexOfAny(Controls);
        if (control >= 0)
            return Refuse(text[..control], text[control] == '\0'
                ? "binary data, not text (a NUL byte); save the file as UTF-8 text"
                : $"a control character (U+{(int)text[control]:X4}) that text does not contain, so the file is binary or damaged; save it as UTF-8 text");
        return new Result(text, null);
    }

    /// <summary>Refused at the line and column just after <paramref name="before"/>, the text that decoded cleanly.</summary>
    private static Result Refuse(string before, string message)
    {
        var line = before.Count(c => c == '\n') + 1;
        var column = before.Length - (before.LastIndexOf('\n') + 1) + 1;
        return new Result(null, new Refusal(line, column, message));
    }

    /// <summary>The start of a multi-byte UTF-8 character and nothing after it: the file was cut off, not saved in another encoding.</summary>
    private static bool EndsMidCharacter(ReadOnlySpan<byte> rest)
    {
        if (rest.Length is 0 or > 3) return false;
        var length = rest[0] switch { >= 0xF5 => 0, >= 0xF0 => 4, >= 0xE0 => 3, >= 0xC2 => 2, _ => 0 };
        if (length <= rest.Length) return false;
        foreach (var b in rest[1..]) if ((b & 0xC0) != 0x80) return false;
        return true;
    }

    /// <summary>
    /// What the bytes from the first invalid one on most likely are: Chinese text saved in GBK (the usual Windows encoding)
    /// pairs a lead byte 0x81–0xFE with a trail byte 0x40–0xFE; anything else is binary or an encoding we cannot name.
    /// </summary>
    private static string Guess(ReadOnlySpan<byte> rest)
    {
        const string Unknown = "(the bytes look like binary data or an unknown encoding)";
        var sample = rest[..Math.Min(rest.Length, 4096)];
        var pairs = 0;
        for (var i = 0; i < sample.Length; i++)
        {
            var b = sample[i];
            if (b < 0x80) continue;
            if (i + 1 >= sample.Length) break;
            if (b is < 0x81 or > 0xFE) return Unknown;
            var trail = sample[++i];
            if (trail is < 0x40 or > 0xFE || trail == 0x7F) return Unknown;
            pairs++;
        }
        return pairs > 0 ? "(the bytes look like GBK, the Chinese Windows encoding)" : Unknown;
    }
}
