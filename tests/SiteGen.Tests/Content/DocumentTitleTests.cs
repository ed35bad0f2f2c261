using SiteGen.Content;
using SiteGen.Content.Validation;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Content;

/// <summary>
/// A policy document's title must be a title: not its 文号, not a generic word, not a citation cut short or run
/// into another, not a programme's text swept into the citation; and an editor's title must say why it was supplied.
/// </summary>
public sealed class DocumentTitleTests
{
    private const string Cited = "documents/test-2020-1.md";
    private const string Full = "documents/test-2019-7.md";
    private const string Title = "title: 测试省民政厅关于最低生活保障的通知\n";

    public static TheoryData<string, string, string, string> BadTitles => new()
    {
        // file, replacement for the title line, expected "file:line:col" suffix, expected message fragment
        { Cited, "title: 测民发〔2020〕1号\n", "test-2020-1.md:4:8", "'测民发〔2020〕1号' is only a 文号" },
        { Cited, "title: 测民发[2020]1号文件\n", "test-2020-1.md:4:8", "is only a 文号" },
        { Cited, "title: 通知\n", "test-2020-1.md:4:8", "'通知' is a generic word" },
        { Cited, "title: 《文件》\n", "test-2020-1.md:4:8", "is a generic word" },
        { Cited, "title: 《测试省民政厅关于最低生活保障的通知\n", "test-2020-1.md:4:8", "has an unpaired '《'" },
        { Cited, "title: 测试省条例》《测试省民政厅关于最低生活保障的通知\n", "test-2020-1.md:4:8", "has an unpaired '》'" },
        { Cited, "title: 测试省民政厅关于最低生活保障的通知（试行\n", "test-2020-1.md:4:8", "has an unpaired '（'" },
        { Cited, "title: 测试省民政厅关于最低生活保障的通知（）2025年城市低保标准657元/月/人。\n", "test-2020-1.md:4:8",
            "contains text of north-01's fields ('2025年城市低保标准657元/月/人。')" },
    };

    [Theory]
    [MemberData(nameof(BadTitles))]
    public void Each_bad_title_shape_is_refused_at_the_title(string file, string replace, string where, string message)
    {
        using var site = new TempSite();
        site.Edit(file, Title, replace);

        site.Check().AssertContentError(where, message);
    }

    [Fact]
    public void A_supplied_title_without_its_reason_is_refused()
    {
        using var site = new TempSite();
        site.Edit(Full, "title_note: 测试来源缺少标题行，此标题由编辑根据正文拟定。\n", "");

        var result = site.Check();

        Assert.Contains("test-2019-7.md:4:8: error: title_supplied needs 'title_note'", result.Stderr);
    }

    [Fact]
    public void A_field_may_quote_the_title_of_the_document_it_follows()
    {
        var longTitle = "测试省民政厅关于调整最低生活保障标准有关事项的通知";
        Assert.True(longTitle.Length >= DocumentTitleCheck.FieldRun);
        using var site = new TempSite();
        site.Edit(Cited, Title, $"title: {longTitle}\n");
        site.Edit("programs/north/north-01.md", "eligibility: 家庭人均收入低于当地低保标准的居民。",
            $"eligibility: 家庭人均收入低于当地低保标准的居民，按《{longTitle}》认定。");

        var diagnostics = new DiagnosticBag();
        DocumentTitleCheck.Run(new ContentLoader(site.Content).Load(), diagnostics);

        Assert.Empty(diagnostics.Items);
    }

    [Fact]
    public void The_shipped_content_and_the_mini_site_pass()
    {
        foreach (var folder in new[] { Repo.Content, Path.Combine(Repo.MiniSite, "content") })
        {
            var diagnostics = new DiagnosticBag();
            DocumentTitleCheck.Run(new ContentLoader(folder).Load(), diagnostics);
            Assert.True(diagnostics.Items.Count == 0, string.Join('\n', diagnostics.Items));
        }
    }
}
