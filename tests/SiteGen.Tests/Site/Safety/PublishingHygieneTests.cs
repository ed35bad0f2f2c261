using System.Text;
using SiteGen.Rendering;
using SiteGen.Site.Output;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Site.Safety;

/// <summary>What the published files must never carry: spreadsheet formulas, text in tel: links, links to other sites.</summary>
public sealed class PublishingHygieneTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\",\"x\")", "\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"")]
    [InlineData("+1+1", "'+1+1")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("最低生活保障", "最低生活保障")]
    [InlineData("0353-2293789", "0353-2293789")]
    public void A_csv_cell_that_starts_like_a_formula_is_kept_as_text(string title, string cell)
    {
        var row = new OpenDataWriter.Row("x-01", title, "北市", "北市民政局", "民政", null, "", ["0100-1234567"], [], "programs/x-01/", "seeds/a.txt", "2");
        var csv = Encoding.UTF8.GetString(OpenDataWriter.ToCsv([row])).Split("\r\n")[1];
        Assert.StartsWith("x-01," + cell + ",", csv);
    }

    [Fact]
    public void The_published_csv_neutralises_a_title_that_is_a_formula()
    {
        using var site = new TempSite();
        site.Edit("programs/north/north-01.md", "title: 最低生活保障", "title: \"=1+2\"");
        Assert.Equal(0, site.Build().ExitCode);
        Assert.Contains(",'=1+2,", site.Page("data/programs.csv"));
    }

    [Theory]
    [InlineData("0353-2293789", "tel:03532293789")]
    [InlineData(" +86 353 2293789", "tel:+863532293789")]
    [InlineData("0353-2293789\"><script>", "tel:03532293789")]
    [InlineData("12345转1", "tel:123451")]
    public void A_tel_link_carries_digits_only(string phone, string tel) => Assert.Equal(tel, TelLink.Of(phone));

    [Fact]
    public void List_pages_link_phones_by_their_digits()
    {
        using var site = new TempSite();
        Assert.Equal(0, site.Build().ExitCode);
        var tels = Directory.EnumerateFiles(site.Out, "*.html", SearchOption.AllDirectories)
            .SelectMany(f => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(f), "href=\"(tel:[^\"]*)\"").Select(m => m.Groups[1].Value))
            .ToList();
        Assert.NotEmpty(tels);
        Assert.All(tels, t => Assert.Matches("^tel:\\+?[0-9]+$", t));
    }

    [Theory]
    [InlineData("[x](//evil.example/p)")]
    [InlineData("<a href=\"//evil.example/p\">x</a>")]
    [InlineData("<a href=\"\\\\evil.example\\p\">x</a>")]
    [InlineData("<a href=\"/\\evil.example/p\">x</a>")]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("<a href=\"https://evil.example/\">x</a>")]
    public void Markdown_links_to_other_sites_are_removed(string markdown)
    {
        var html = new MarkdownRenderer().Render(markdown).Value;
        Assert.DoesNotContain("evil.example", html);
        Assert.DoesNotContain("javascript", html);
        Assert.Contains("x", html);
    }

    [Fact]
    public void Relative_links_in_markdown_are_kept() =>
        Assert.Contains("href=\"../documents/\"", new MarkdownRenderer().Render("[文件](../documents/)").Value);
}
