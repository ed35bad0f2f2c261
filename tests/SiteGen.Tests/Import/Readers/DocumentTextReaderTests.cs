using System.Text.RegularExpressions;
using SiteGen.Import.Readers.Documents;

namespace SiteGen.Tests.Import.Readers;

public sealed partial class DocumentTextReaderTests
{
    private const string Shanxi = "003_bdd7461d9830ef95.txt";
    private const string Fenyang = "004_cfe5e7bac8331570.txt";

    private static IReadOnlyList<string> Headings(string markdown, string level) =>
        markdown.Split('\n').Where(l => l.StartsWith(level + " ", StringComparison.Ordinal)).ToList();

    [Fact]
    public void Provincial_opinion_has_its_front_matter_and_no_title()
    {
        var doc = new DocumentTextReader().Read(SeedFiles.Seed(Shanxi));

        Assert.Equal("晋政发〔2014〕35号", doc.Number);
        Assert.Null(doc.Title);
        Assert.Equal("山西省人民政府", doc.Issuer);
        Assert.Equal("2014-10-31", doc.Date);
        Assert.Equal((4, 516), (doc.FirstLine, doc.LastLine));
        Assert.DoesNotContain("山西省人民政府\n", doc.Markdown[^40..]);
    }

    [Fact]
    public void Provincial_opinion_has_ten_parts_and_twenty_seven_articles()
    {
        var doc = new DocumentTextReader().Read(SeedFiles.Seed(Shanxi));

        var parts = Headings(doc.Markdown, "##");
        var articles = Headings(doc.Markdown, "###");
        Assert.Equal(10, parts.Count);
        Assert.Equal(27, articles.Count);
        Assert.Equal("## 一、进一步完善最低生活保障制度", parts[0]);
        Assert.Equal("## 十、健全完善社会救助工作机制", parts[9]);
        Assert.Equal("### （一）科学制定、及时公布和动态调整最低生活保障标准。", articles[0]);
        Assert.StartsWith("### （二十七）加快健全社会救助考评和监督机制。", articles[26]);
    }

    [Fact]
    public void Lines_broken_by_the_pdf_are_rejoined_and_paragraph_breaks_kept()
    {
        var doc = new DocumentTextReader().Read(SeedFiles.Seed(Shanxi));

        Assert.Contains("\n\n最低生活保障标准由设区的市人民政府确定和公布。各设区的市人民政府要根据当地经济社会发展情况与居民生活必需的费用，", doc.Markdown);
        Assert.Contains("于 2014年 5月 1日正式施行。", doc.Markdown);
        Assert.Contains("力争 2015 年底前全省农村五保供养机构法人登记率达到 100%。\n", doc.Markdown);
        Assert.StartsWith("各市、县人民政府，省人民政府各委、办、厅、局：\n\n社会救助是国家和社会", doc.Markdown);
    }

    [Fact]
    public void Implementation_plan_has_its_front_matter_and_stops_before_the_annex_table()
    {
        var doc = new DocumentTextReader().Read(SeedFiles.Seed(Fenyang));

        Assert.Equal("汾政办发〔2024〕34号", doc.Number);
        Assert.Equal("汾阳市人民政府办公室关于印发汾阳市基本养老服务体系建设实施方案的通知", doc.Title);
        Assert.Equal("汾阳市人民政府办公室", doc.Issuer);
        Assert.Equal("2024-10-09", doc.Date);
        Assert.Equal((9, 131), (doc.FirstLine, doc.LastLine));
        Assert.EndsWith("附件：汾阳市基本养老服务清单\n", doc.Markdown);
        Assert.DoesNotContain("\t", doc.Markdown);
        Assert.DoesNotContain("职工基本养老保险", doc.Markdown);
        Assert.DoesNotContain("抄送", doc.Markdown);
    }

    [Fact]
    public void Implementation_plan_headings_and_items()
    {
        var doc = new DocumentTextReader().Read(SeedFiles.Seed(Fenyang));

        Assert.Equal(["## 一、总体要求", "## 二、工作原则", "## 三、重点任务", "## 四、组织保障"], Headings(doc.Markdown, "##"));
        var sections = Headings(doc.Markdown, "###");
        Assert.Equal(10, sections.Count);
        Assert.Equal("### (一) 指导思想。", sections[0]);
        Assert.Equal("### （一）健全落实基本养老服务制度", sections[2]);
        Assert.Equal("### （三）加强宣传引导。", sections[9]);
        Assert.Equal(20, ItemLine().Matches(doc.Markdown).Count);
        Assert.Contains("\n\n2. 健全政府购买养老服务制度。", doc.Markdown);
        Assert.Contains("将适宜通过政府购买提供的服务项目纳入清单范围。", doc.Markdown);
        Assert.Contains("要凝聚社会共识，充分调动各方支持配合基本养老服务体系建设的积极性和主动性。", doc.Markdown);
    }

    [Theory]
    [InlineData(Shanxi)]
    [InlineData(Fenyang)]
    public void Markdown_keeps_every_number_of_the_body_and_adds_none(string file)
    {
        var seed = SeedFiles.Seed(file);
        var doc = new DocumentTextReader().Read(seed);

        Assert.Equal(Numbers.In(seed.Range(doc.FirstLine, doc.LastLine)), Numbers.In(doc.Markdown));
        Assert.Equal(
            Numbers.WithoutWhitespace(seed.Range(doc.FirstLine, doc.LastLine)),
            Numbers.WithoutWhitespace(MarkdownMarks().Replace(doc.Markdown, "")));
    }

    [GeneratedRegex(@"^\d+\. ", RegexOptions.Multiline)]
    private static partial Regex ItemLine();

    // Heading marks are all the Markdown adds to the body's text.
    [GeneratedRegex(@"^#{2,3} ", RegexOptions.Multiline)]
    private static partial Regex MarkdownMarks();
}
