using SiteGen.Import.Readers;
using SiteGen.Import.Readers.PdfTable;
using SiteGen.Import.Sources;

namespace SiteGen.Tests.Import.PdfTable;

/// <summary>The real PDF-table seeds, found from the folder that holds SiteGen.sln, and their rows as read.</summary>
internal static class SeedFiles
{
    public const string Changzhi = "001_71b908248ebb4a47.txt";
    public const string Zhongyang = "002_f119cf827fdc03e9.txt";

    public static SeedText Load(string file) => Support.Seeds.Load(file);

    public static IReadOnlyList<ListingRow> Rows(string file) => new PdfTableReader().Read(Load(file));

    public static ListingRow Row(string file, string item) => Rows(file).Single(r => r.Item == item);

}
