using SiteGen.Content;
using SiteGen.Content.Model;
using SiteGen.Provenance;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Import.Pipeline;

/// <summary>The shipped content/ against the seeds it was imported from.</summary>
public sealed class ImportedContentTests
{
    private static readonly Lazy<ContentSet> Content = new(() => new ContentLoader(Repo.Content).Load());

    private static IReadOnlyList<string> SeedLines(SourceRef source) =>
        File.ReadAllLines(Seeds.PathOf(source.File["seeds/".Length..]))[(source.FirstLine - 1)..source.LastLine];

    private static string Compact(string text) => DocNumber.Clean(text);

    [Theory]
    [InlineData("seeds/000_7a8de63cf1c3fd48.txt", 38)]
    [InlineData("seeds/001_71b908248ebb4a47.txt", 11)]
    [InlineData("seeds/002_f119cf827fdc03e9.txt", 78)]
    [InlineData("seeds/004_cfe5e7bac8331570.txt", 21)]
    public void Each_source_gives_its_number_of_programmes(string file, int count) =>
        Assert.Equal(count, Content.Value.Programs.Count(p => p.Source.File == file));

    [Fact]
    public void There_are_148_programmes_and_both_full_documents()
    {
        Assert.Equal(148, Content.Value.Programs.Count);
        var full = Content.Value.Documents.Where(d => d.HasFullText).Select(d => d.Number).Order().ToList();
        Assert.Equal(["晋政发〔2014〕35号", "汾政办发〔2024〕34号"], full);
    }

    [Fact]
    public void Every_programme_has_a_title_region_department_and_standard()
    {
        foreach (var p in Content.Value.Programs)
        {
            Assert.False(string.IsNullOrWhiteSpace(p.Title), p.Id);
            Assert.False(string.IsNullOrWhiteSpace(p.Region), p.Id);
            Assert.False(string.IsNullOrWhiteSpace(p.Department), p.Id);
            Assert.False(string.IsNullOrWhiteSpace(p.Standard), p.Id);
        }
    }

    [Fact]
    public void Every_programme_whose_source_gives_a_phone_has_one_and_it_is_in_the_source()
    {
        foreach (var p in Content.Value.Programs)
        {
            var sourceText = string.Join('\n', SeedLines(p.Source));
            var sourcePhones = Figures.Phones(sourceText).ToList();
            if (sourcePhones.Count > 0) Assert.True(p.Phones.Count > 0, $"{p.Id}: the source gives {string.Join(", ", sourcePhones)}");
            // The figure check's own reading: a number the PDF wrapped ("0351-\n3803928") still counts as in the source.
            var figures = new SourceFigures(sourceText);
            foreach (var phone in p.Phones) Assert.True(figures.HasPhone(phone), $"{p.Id}: {phone} is not in its source lines");
        }
    }

    public static TheoryData<string, string, string> Samples => new()
    {
        // programme id, field, a value that field must contain (and the seed must contain too)
        { "yangquan-01", "title", "最低生活保障" },
        { "yangquan-01", "standard", "2025年城市低保标准657元/月/人" },
        { "yangquan-01", "phones", "0353-2293698" },
        { "yangquan-01", "basis", "民发〔2021〕57号" },
        { "yangquan-01", "department", "阳泉市民政局" },
        { "changzhi-41", "title", "城市最低生活保障" },
        { "changzhi-41", "department", "民政局" },
        { "changzhi-42", "standard", "潞州区9360元" },
        { "changzhi-39", "standard", "2025年困难残疾人生活补贴82元/人/月" },
        { "changzhi-39", "basis", "国发〔2015〕52号" },
        { "zhongyang-01", "title", "残疾人机动轮椅车燃油补贴" },
        { "zhongyang-01", "standard", "260元/年/车" },
        { "zhongyang-01", "phones", "0351-4083450" },
        { "zhongyang-01", "basis", "财社〔2010〕256号" },
        { "zhongyang-05", "title", "一次性创业补贴" },
        { "zhongyang-05", "phones", "0358-5300621" },
        { "fenyang-08", "title", "高龄津贴" },
        { "fenyang-08", "standard", "70 元" },
        { "fenyang-09", "department", "民政局" },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sampled_fields_match_the_seed(string id, string field, string expected)
    {
        var p = Content.Value.Programs.Single(x => x.Id == id);
        var value = field switch
        {
            "title" => p.Title,
            "standard" => p.Standard,
            "phones" => string.Join(" ", p.Phones),
            "basis" => string.Join(" ", p.Basis.Select(b => b.Document)),
            "department" => Content.Value.Departments.Single(d => d.Id == p.Department).Name,
            _ => throw new ArgumentException(field),
        };
        Assert.Contains(expected, value);
        var seed = string.Join('\n', SeedLines(p.Source));
        if (field == "basis") Assert.Contains(expected, Figures.DocumentNumbers(seed).Concat(Figures.DocumentNumbers(Compact(seed))));
        else Assert.Contains(Compact(expected), Compact(seed));
    }

    [Fact]
    public void The_provincial_document_has_an_editor_supplied_title_and_both_documents_their_dates()
    {
        var docs = Content.Value.Documents.ToDictionary(d => d.Number);
        Assert.True(docs["晋政发〔2014〕35号"].TitleSupplied);
        Assert.Equal("2014-10-31", docs["晋政发〔2014〕35号"].Date);
        Assert.False(docs["汾政办发〔2024〕34号"].TitleSupplied);
        Assert.Equal("2024-10-09", docs["汾政办发〔2024〕34号"].Date);
        Assert.Equal(10, docs["晋政发〔2014〕35号"].Body.Split('\n').Count(l => l.StartsWith("## ", StringComparison.Ordinal)));
        Assert.Equal(27, docs["晋政发〔2014〕35号"].Body.Split('\n').Count(l => l.StartsWith("### ", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_document_cited_by_several_regions_is_one_record()
    {
        var citing = Content.Value.Programs.Where(p => p.Basis.Any(b => b.Document == "民发〔2021〕57号")).Select(p => p.Region).Distinct().ToList();
        Assert.True(citing.Count >= 3, string.Join(", ", citing));
        Assert.Single(Content.Value.Documents, d => d.Number == "民发〔2021〕57号");
        Assert.Equal(Content.Value.Documents.Count, Content.Value.Documents.Select(d => d.Number).Distinct().Count());
    }

    [Fact]
    public void The_shipped_content_passes_the_provenance_check()
    {
        Assert.Empty(FigureCheck.Run(Content.Value, Repo.Seeds));
    }

    [Fact]
    public void A_figure_brought_in_by_hand_is_caught_with_its_file_and_figure()
    {
        using var site = new TempSite(fixture: Repo.Root);
        site.Edit("programs/yangquan/yangquan-01.md", "657元/月/人", "675元/月/人");

        var result = site.Check();

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("yangquan-01.md:", result.Stderr);
        Assert.Contains("figure '675' does not occur in its source (seeds/000_7a8de63cf1c3fd48.txt lines", result.Stderr);
    }
}
