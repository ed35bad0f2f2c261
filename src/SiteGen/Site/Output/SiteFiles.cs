using System.Text;

namespace SiteGen.Site.Output;

/// <summary>Text files the same way every time: UTF-8 without BOM, '\n' line endings.</summary>
public static class SiteFiles
{
    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The bytes of a text file of the site (what a page is written as, and served as by the preview).</summary>
    public static byte[] Bytes(string text) => Utf8.GetBytes(text.ReplaceLineEndings("\n"));
}
