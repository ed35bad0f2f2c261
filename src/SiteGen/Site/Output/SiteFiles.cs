using System.Text;

namespace SiteGen.Site.Output;

/// <summary>Writes text files the same way every time: UTF-8 without BOM, '\n' line endings.</summary>
public static class SiteFiles
{
    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(string path, string text) => File.WriteAllText(path, text.ReplaceLineEndings("\n"), Utf8);
}
