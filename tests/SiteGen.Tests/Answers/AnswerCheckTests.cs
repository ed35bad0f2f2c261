using SiteGen.Tests.Support;

namespace SiteGen.Tests.Answers;

/// <summary>The 答复要点 must exist, carry only the source's figures, and give every amount of the standard.</summary>
public sealed class AnswerCheckTests
{
    private const string North = "programs/north/north-01.md";
    private const string South2 = "programs/south/south-02.md";

    private static void AssertRefused(TempSite site, string where, string message) => site.Check().AssertContentError(where, message);

    [Fact]
    public void The_fixture_passes()
    {
        using var site = new TempSite();
        Assert.Equal(0, site.Check().ExitCode);
    }

    [Fact]
    public void An_answer_that_drops_an_amount_of_the_standard_fails_naming_it()
    {
        using var site = new TempSite();
        site.Edit(North, "how_much: 2025年城市低保标准657元/月/人。", "how_much: 按城市低保标准发放。");
        AssertRefused(site, "north-01.md:23:3", "answer.how_much leaves out 657元 of the standard");
    }

    [Fact]
    public void A_programme_without_an_answer_fails()
    {
        using var site = new TempSite();
        site.Edit(South2, "answer:\n  who: 80周岁及以上老年人。\n  how_much: 每人每月70元。\n  how_to_apply: 个人申请。\n", "");
        AssertRefused(site, "south-02.md:2:1", "no answer (答复要点)");
    }

    [Fact]
    public void A_figure_in_the_answer_that_the_source_does_not_have_fails()
    {
        using var site = new TempSite();
        site.Edit(South2, "how_much: 每人每月70元。", "how_much: 每人每月70元，90周岁以上每月100元。");
        AssertRefused(site, "south-02.md:", "figure '90' does not occur in its source");
    }

    [Fact]
    public void A_chinese_numeral_the_source_does_not_have_fails()
    {
        using var site = new TempSite();
        site.Edit(South2, "who: 80周岁及以上老年人。", "who: 九十周岁及以上老年人。");
        AssertRefused(site, "south-02.md:12:8", "figure (90) '九十周岁' does not occur in its source");
    }

    [Fact]
    public void A_chinese_numeral_with_the_sources_value_passes()
    {
        using var site = new TempSite();
        site.Edit(South2, "who: 80周岁及以上老年人。", "who: 八十周岁及以上老年人。");
        Assert.Equal(0, site.Check().ExitCode);
    }

    [Fact]
    public void Every_shipped_programme_has_a_complete_answer()
    {
        using var site = new TempSite(Repo.Root);
        var result = site.Check();
        Assert.True(result.ExitCode == 0, result.Stderr);
    }
}
