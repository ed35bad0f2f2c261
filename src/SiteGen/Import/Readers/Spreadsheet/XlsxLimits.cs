using System.IO.Compression;
using SiteGen.Content;
using SiteGen.Content.Model;

namespace SiteGen.Import.Readers.Spreadsheet;

/// <summary>
/// Looks inside an .xlsx (a zip of XML parts) before the workbook library unpacks it, so a zip bomb, a few kilobytes
/// that unpack to gigabytes, is refused instead of exhausting memory. A real listing is far inside every limit.
/// </summary>
internal static class XlsxLimits
{
    public const long MaxFileBytes = 64L * 1024 * 1024;
    public const long MaxUnpackedBytes = 256L * 1024 * 1024;

    /// <summary>Spreadsheet XML compresses well, but not by more than this unless it was made to.</summary>
    public const int MaxRatio = 200;

    /// <summary>Rows and columns a listing of programmes never reaches.</summary>
    public const int MaxRows = 200_000;
    public const int MaxColumns = 200;

    public static void CheckPackage(string path, string file)
    {
        var size = new FileInfo(path).Length;
        if (size > MaxFileBytes) throw Refuse(file, $"the workbook is {size / 1024 / 1024} MB, more than the {MaxFileBytes / 1024 / 1024} MB a listing may have");
        long unpacked = 0;
        try
        {
            using var zip = ZipFile.OpenRead(path);
            foreach (var entry in zip.Entries)
            {
                unpacked += entry.Length;
                if (entry.Length > 1024 * 1024 && entry.Length / Math.Max(1, entry.CompressedLength) > MaxRatio)
                    throw Refuse(file, $"its part {entry.FullName} unpacks {entry.Length / Math.Max(1, entry.CompressedLength)} times larger than it is stored, which no real workbook does (a zip bomb?)");
            }
        }
        catch (InvalidDataException)
        {
            return; // Not a zip at all: opening it reports the damage in the words editors know.
        }
        if (unpacked > MaxUnpackedBytes)
            throw Refuse(file, $"the workbook unpacks to {unpacked / 1024 / 1024} MB, more than the {MaxUnpackedBytes / 1024 / 1024} MB a listing may have");
    }

    public static void CheckSheet(int rows, int columns, string file)
    {
        if (rows > MaxRows || columns > MaxColumns)
            throw Refuse(file, $"the first worksheet uses {rows} rows and {columns} columns; a listing has at most {MaxRows} rows and {MaxColumns} columns, so this is not one");
    }

    private static ContentException Refuse(string file, string message) =>
        new([new Diagnostic(new SourceSpan(file, 1, 1), $"{message}; save the listing again from the spreadsheet program")]);
}
