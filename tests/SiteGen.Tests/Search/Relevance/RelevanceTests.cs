using SiteGen.Tests.Support;
using SiteGen.Search.Querying;
using Xunit.Abstractions;

namespace SiteGen.Tests.Search.Relevance;

/// <summary>Relevance of the CLI path (C# engine) and the browser path (search.js over the export) on the fixture questions.</summary>
public class RelevanceTests(ExportedFixture fixture, ITestOutputHelper output) : IClassFixture<ExportedFixture>
{
    public static IReadOnlyList<RelevanceQuestion> FixtureQuestions() =>
        RelevanceFile.Load(Path.Combine(Repo.Root, "tests", "relevance", "fixture-questions.yaml")).Questions;

    [Fact]
    public void Fixture_questions_are_answered_well_by_the_cli_path()
    {
        var report = RelevanceReport.Evaluate(FixtureQuestions(), (q, f) => fixture.Engine.Search(q, f, 10).Select(h => h.Id).ToList());
        output.WriteLine(report.Describe("cli"));
        AssertThresholds(report);
    }

    [Fact]
    public void Fixture_questions_are_answered_well_by_the_browser_path()
    {
        var report = RelevanceReport.Evaluate(FixtureQuestions(), (q, f) => fixture.Browser.Search(q, f, 10).Select(h => h.Id).ToList());
        output.WriteLine(report.Describe("browser"));
        AssertThresholds(report);
    }

    [Fact]
    public void The_fixture_question_set_is_big_enough_to_mean_something() =>
        Assert.True(FixtureQuestions().Count >= 20);

    internal static void AssertThresholds(RelevanceReport report)
    {
        Assert.True(report.Mrr10 >= RelevanceThresholds.Mrr10, $"MRR@10 {report.Mrr10:F3} below {RelevanceThresholds.Mrr10}");
        Assert.True(report.Recall5 >= RelevanceThresholds.Recall5, $"recall@5 {report.Recall5:F3} below {RelevanceThresholds.Recall5}");
        Assert.True(report.ZeroResultRate <= RelevanceThresholds.ZeroResultRate, $"zero-result rate {report.ZeroResultRate:F3} above {RelevanceThresholds.ZeroResultRate}");
    }
}
