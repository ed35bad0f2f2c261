namespace SiteGen.Import.Readers.PdfTable;

/// <summary>How wide text is on the printed page: PDF cells wrap by width, and CJK characters are twice as wide as ASCII.</summary>
internal static class DisplayWidth
{
    public static int Of(string text)
    {
        var width = 0;
        foreach (var c in text.Trim())
            width += c < 0x80 ? 1 : 2;
        return width;
    }
}
