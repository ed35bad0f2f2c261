using SiteGen.Tests.Support;
using Xunit.Abstractions;

namespace SiteGen.Tests.Search.Relevance;

/// <summary>
/// Relevance and parity on the real content (content/ ships in the repository) with
/// tests/relevance/questions.yaml: every question has expected ids, and both paths must clear
/// <see cref="RelevanceThresholds"/>.
/// </summary>
public class RealRelevanceTests(RealContentFixture real, ITestOutputHelper output) : IClassFixture<RealContentFixture>
{
    private static readonly string QuestionsPath = Path.Combine(Repo.Root, "tests", "relevance", "questions.yaml");

    [Fact]
    public void The_real_question_set_has_at_least_forty_five_questions_all_with_expected_ids()
    {
        var questions = RelevanceFile.Load(QuestionsPath).Questions;
        Assert.True(questions.Count >= 45, $"{questions.Count} questions");
        Assert.All(questions, q => Assert.NotEmpty(q.Expect));
    }

    [Fact]
    public void Real_questions_are_answered_well_and_alike_by_cli_and_browser()
    {
        var all = RelevanceFile.Load(QuestionsPath).Questions;
        var filled = all.Where(q => q.Expect.Count > 0).ToList();
        Assert.True(real.Exported is not null, "content/programs is missing: the real relevance test needs the shipped content");
        var exported = real.Exported!;
        Assert.NotEmpty(filled);
        var known = exported.Content.Programs.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        Assert.All(filled.SelectMany(q => q.Expect), id => Assert.Contains(id, known));

        var cli = RelevanceReport.Evaluate(filled, (q, f) => exported.Engine.Search(q, f, 10).Select(h => h.Id).ToList());
        var browser = RelevanceReport.Evaluate(filled, (q, f) => exported.Browser.Search(q, f, 10).Select(h => h.Id).ToList());
        output.WriteLine($"{filled.Count} of {all.Count} questions have expected ids");
        output.WriteLine(cli.Describe("cli"));
        output.WriteLine(browser.Describe("browser"));
        output.WriteLine(CloseMatchReport.Evaluate(filled, (q, f) => exported.Engine.Answer(q, f, 1000)).Totals("cli"));

        foreach (var q in all)
        {
            var filters = new SiteGen.Search.Querying.SearchFilters(q.Region, q.DeptType, q.Audience);
            Assert.Equal(exported.Engine.Search(q.Q, filters, 10).Ranked(), exported.Browser.Search(q.Q, filters, 10));
        }
        RelevanceTests.AssertThresholds(cli);
        RelevanceTests.AssertThresholds(browser);
    }
}
