using SiteGen.Content;
using SiteGen.Import.Normalising;

namespace SiteGen.Tests.Import.Normalising;

/// <summary>Cells that hold several things are split where the source marks the split, and nowhere else.</summary>
public sealed class CellSplittingTests
{
    [Fact]
    public void Numbered_citations_become_one_entry_each_with_their_document()
    {
        var basis = BasisParser.Parse("1.《国务院关于全面建立临时救助制度的通知》（国发〔2014〕47号） 2.《山西省人民政府关于进一步完善临时救助制度的通知》（晋政发[2015]3号）");
        Assert.Equal(2, basis.Count);
        Assert.Equal("《国务院关于全面建立临时救助制度的通知》（国发〔2014〕47号）", basis[0].CitedAs);
        Assert.Equal("国发〔2014〕47号", basis[0].Document);
        Assert.Equal("晋政发〔2015〕3号", basis[1].Document);
    }

    [Fact]
    public void Citations_run_together_are_cut_after_each_number()
    {
        var basis = BasisParser.Parse("《甲办法》（民发〔2021〕57号）《乙办法》（晋民发〔2021〕58号）");
        Assert.Equal(["民发〔2021〕57号", "晋民发〔2021〕58号"], basis.Select(b => b.Document ?? "").ToArray());
        Assert.Equal("《乙办法》（晋民发〔2021〕58号）", basis[1].CitedAs);
    }

    [Fact]
    public void A_citation_without_a_number_has_no_document()
    {
        var basis = BasisParser.Parse("“国家基本养老服务清单”");
        Assert.Null(Assert.Single(basis).Document);
    }

    [Fact]
    public void Numbered_steps_run_together_on_one_line_are_split()
    {
        var steps = ProcedureSplitter.Split("1.申请受理。向乡镇提出申请。 2.审核。公示期为7天。 3.确认。10个工作日内确认。");
        Assert.Equal(["申请受理。向乡镇提出申请。", "审核。公示期为7天。", "确认。10个工作日内确认。"], steps);
    }

    [Fact]
    public void Numbers_that_are_not_step_numbers_do_not_split()
    {
        var steps = ProcedureSplitter.Split("个人申请-乡镇初审-县民政审核，公示期为7天，每人1.5倍标准");
        Assert.Single(steps);
    }

    [Fact]
    public void Wrapped_lines_join_without_spaces_between_chinese_and_with_one_between_latin()
    {
        Assert.Equal("困难残疾人生活补贴", TextCleanup.JoinWrapped("困难残疾人生活补\n\n贴"));
        Assert.Equal("ABC 123", TextCleanup.JoinWrapped("ABC\n123"));
    }

    [Theory]
    [InlineData("申请受理。申请最低生活保障应当以家庭为单位。其余。", 90, "申请受理。申请最低生活保障应当以家庭为单位。")]
    [InlineData("每人每月发放70元。按月发放。", 90, "每人每月发放70元。")]
    [InlineData("很长的句子没有句号", 4, "很长的句…")]
    public void Excerpts_end_at_a_sentence_that_says_something(string text, int max, string expected) =>
        Assert.Equal(expected, Excerpt.FirstSentence(text, max));
}
