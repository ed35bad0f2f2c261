using AngleSharp.Html.Parser;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Answers;

/// <summary>Every programme page offers a number to call, and says where it comes from when the source prints none.</summary>
public sealed class ContactTests
{
    private static string AnswerPhones(TempSite site, string id)
    {
        var doc = new HtmlParser().ParseDocument(site.Page($"programs/{id}/index.html"));
        return doc.QuerySelector(".answer")!.TextContent;
    }

    [Fact]
    public void A_programme_without_a_phone_gets_its_departments_phone_from_another_programme_labelled_as_such()
    {
        using var site = new TempSite();
        site.Edit("programs/south/south-02.md", "phones: [0200-7654321]\n", "");
        var result = site.Build();
        Assert.Equal(0, result.ExitCode);
        var answer = AnswerPhones(site, "south-02");
        Assert.Contains("0200-7654321", answer);
        Assert.Contains("来源清单未列本项目电话，以下是南市民政局在其他项目中公布的电话", answer);
        Assert.DoesNotContain("have no phone", result.Stderr);
    }

    [Fact]
    public void Without_any_phone_the_page_names_the_office_and_the_build_warns()
    {
        using var site = new TempSite();
        site.Edit("programs/north/north-01.md", "phones: [0100-1234567]\n", "");
        var result = site.Build();
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1 programme(s) have no phone in their sources or their department's (north-01)", result.Stderr);
        Assert.Contains("来源清单未列电话，请向北市民政局咨询", AnswerPhones(site, "north-01"));
    }

    [Fact]
    public void The_general_service_line_stands_in_labelled_when_the_site_has_one()
    {
        using var site = new TempSite();
        site.Edit("programs/north/north-01.md", "phones: [0100-1234567]\n", "");
        site.Edit("site.yaml", "footer: 测试页脚", "footer: 测试页脚\nservice_hotline: \"12345\"\nservice_hotline_name: 政务服务便民热线");
        var result = site.Build();
        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("have no phone", result.Stderr);
        var answer = AnswerPhones(site, "north-01");
        Assert.Contains("12345", answer);
        Assert.Contains("来源清单未列电话，可拨打政务服务便民热线", answer);
        Assert.Contains("href=\"tel:12345\"", site.Page("programs/north-01/index.html"));
        Assert.Contains("政务服务便民热线", site.Page("hotlines/index.html"));
    }

    [Fact]
    public void The_hotline_directory_covers_every_region_and_region_pages_name_whom_to_ask()
    {
        using var site = new TempSite();
        site.Edit("programs/north/north-01.md", "phones: [0100-1234567]\n", "");
        Assert.Equal(0, site.Build().ExitCode);
        var hotlines = new HtmlParser().ParseDocument(site.Page("hotlines/index.html"));
        Assert.Equal(["测试省", "北市", "南市"], hotlines.QuerySelectorAll("section > h2").Select(h => h.TextContent).ToArray());
        Assert.Contains("本级未单独公布清单，请看：北市、南市", hotlines.Body!.TextContent);
        Assert.Contains("本地清单未列咨询电话，请向部门咨询：", hotlines.Body.TextContent);
        Assert.Equal("北市民政局：最低生活保障", hotlines.QuerySelector("#region-north ul.unlisted li")!.TextContent);
        Assert.Contains("本地清单未列咨询电话，请向部门咨询：北市民政局", site.Page("regions/north/index.html").Replace("<a href=\"../../departments/north-minzheng/index.html\">", "").Replace("</a>", ""));
    }
}
