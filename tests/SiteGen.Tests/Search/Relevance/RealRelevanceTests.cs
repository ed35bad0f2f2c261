using Xunit.Abstractions;

namespace SiteGen.Tests.Search.Relevance;

/// <summary>
/// Relevance and parity on the real content with tests/relevance/questions.yaml. Does nothing
/// (and says so) until content/programs exists and questions have expected ids.
/// </summary>
public class RealRelevanceTests(RealContentFixture real, ITestOutputHelper output) : IClassFixture<RealContentFixture>
{
    private static readonly string QuestionsPath = RepoPaths.File("tests", "relevance", "questions.yaml");

    [Fact]
    public void The_real_question_set_has_at_least_forty_questions() =>
        Assert.True(RelevanceFile.Load(QuestionsPath).Questions.Count >= 40);

    [Fact]
    public void Real_questions_are_answered_well_and_alike_by_cli_and_browser()
    {
        var all = RelevanceFile.Load(QuestionsPath).Questions;
        var filled = all.Where(q => q.Expect.Count > 0).ToList();
        if (real.Exported is not { } exported || filled.Count == 0)
        {
            output.WriteLine($"skipped: content/programs present: {real.Exported is not null}; questions with expected ids: {filled.Count} of {all.Count}");
            return;
        }
        var known = exported.Content.Programs.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        Assert.All(filled.SelectMany(q => q.Expect), id => Assert.Contains(id, known));

        var cli = RelevanceReport.Evaluate(filled, (q, f) => exported.Engine.Search(q, f, 10).Select(h => h.Id).ToList());
        var browser = RelevanceReport.Evaluate(filled, (q, f) => exported.Browser.Search(q, f, 10).Select(h => h.Id).ToList());
        output.WriteLine($"{filled.Count} of {all.Count} questions have expected ids");
        output.WriteLine(cli.Describe("cli"));
        output.WriteLine(browser.Describe("browser"));

        foreach (var q in all)
        {
            var filters = new SiteGen.Search.Querying.SearchFilters(q.Region, q.DeptType, q.Audience);
            Assert.Equal(exported.Engine.Search(q.Q, filters, 10).Select(h => (h.Id, h.Score)), exported.Browser.Search(q.Q, filters, 10));
        }
        RelevanceTests.AssertThresholds(cli);
        RelevanceTests.AssertThresholds(browser);
    }
}
