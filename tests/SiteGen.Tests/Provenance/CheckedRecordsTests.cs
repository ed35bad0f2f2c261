using SiteGen.Content;
using SiteGen.Content.Loading;
using SiteGen.Provenance;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Provenance;

/// <summary>The figure check's findings kept between rebuilds: reused only for the same record over the same seeds.</summary>
public sealed class CheckedRecordsTests
{
    private static IReadOnlyList<string> Check(TempSite site, ParsedFileCache parsed, CheckedRecords earlier) =>
        FigureCheck.Run(new ContentLoader(site.Content, parsed).Load(), site.Seeds, earlier).Select(d => d.ToString()).ToList();

    [Fact]
    public void A_seed_that_no_longer_holds_a_figure_fails_the_unchanged_record_that_cites_it()
    {
        using var site = new TempSite();
        var parsed = new ParsedFileCache();
        var earlier = new CheckedRecords();
        Assert.Empty(Check(site, parsed, earlier));
        var seed = Path.Combine(site.Seeds, "mini-listing.txt");
        File.WriteAllText(seed, File.ReadAllText(seed).Replace("每人每月发放70元", "每人每月发放75元", StringComparison.Ordinal));
        Assert.Contains(Check(site, parsed, earlier), d => d.Contains("south-02.md", StringComparison.Ordinal) && d.Contains("'70'", StringComparison.Ordinal));
    }

    [Fact]
    public void An_edited_record_is_checked_again_and_its_findings_equal_a_check_without_the_memory()
    {
        using var site = new TempSite();
        var parsed = new ParsedFileCache();
        var earlier = new CheckedRecords();
        Assert.Empty(Check(site, parsed, earlier));
        site.Edit("programs/south/south-02.md", "standard: 每人每月发放70元。", "standard: 每人每月发放90元。");
        var remembered = Check(site, parsed, earlier);
        Assert.Contains(remembered, d => d.Contains("'90'", StringComparison.Ordinal));
        Assert.Equal(FigureCheck.Run(new ContentLoader(site.Content).Load(), site.Seeds).Select(d => d.ToString()), remembered);
        Assert.Equal(remembered, Check(site, parsed, earlier));
    }
}
