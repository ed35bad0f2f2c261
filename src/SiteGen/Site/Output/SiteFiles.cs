using System.Text;

namespace SiteGen.Site.Output;

/// <summary>Writes text files the same way every time: UTF-8 without BOM, '\n' line endings.</summary>
public static class SiteFiles
{
    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(string path, string text) => File.WriteAllBytes(path, Bytes(text));

    /// <summary>The bytes <see cref="Write"/> puts in a file, for what serves a page without writing it.</summary>
    public static byte[] Bytes(string text) => Utf8.GetBytes(text.ReplaceLineEndings("\n"));
}
