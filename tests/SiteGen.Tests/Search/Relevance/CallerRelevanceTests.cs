using System.Globalization;
using SiteGen.Search.Querying;
using SiteGen.Tests.Support;
using Xunit.Abstractions;

namespace SiteGen.Tests.Search.Relevance;

/// <summary>
/// The caller questions on the real content, through the CLI and the browser paths: two sets written by different
/// people, each split into a tuning half (tuning.yaml, tuning-2.yaml) and a held-out half (held-out.yaml,
/// held-out-2.yaml). A tuning half prints every question; a held-out half prints its totals only, so its failures
/// are never seen while synonyms or ranking change, and its figures set <see cref="CallerThresholds"/>.
/// </summary>
public class CallerRelevanceTests(RealContentFixture real, ITestOutputHelper output) : IClassFixture<RealContentFixture>
{
    private static string PathOf(string name) => Path.Combine(Repo.Root, "tests", "relevance", name);

    public static TheoryData<string, string> Sets => new() { { "tuning.yaml", "held-out.yaml" }, { "tuning-2.yaml", "held-out-2.yaml" } };

    [Theory]
    [InlineData("tuning.yaml")]
    [InlineData("tuning-2.yaml")]
    public void Tuning_half_figures_and_every_question(string file)
    {
        var (cli, browser) = Evaluate(file, showDifferences: true);
        output.WriteLine(cli.Describe($"cli ({file})"));
        output.WriteLine(browser.Totals($"browser ({file})"));
        output.WriteLine(ByKind(cli));
        output.WriteLine(Close(file).Totals($"cli ({file})"));
        var bar = CallerThresholds.Of(file);
        Assert.True(cli.Mrr10 >= bar.Mrr10 && cli.Recall5 >= bar.Recall5 && cli.ZeroResultRate <= bar.ZeroResultRate, cli.Totals($"cli ({file})"));
    }

    [Theory]
    [InlineData("held-out.yaml")]
    [InlineData("held-out-2.yaml")]
    public void Held_out_half_clears_the_thresholds_on_both_paths(string file)
    {
        var (cli, browser) = Evaluate(file, showDifferences: false);
        // Totals only: a held-out question's result is never printed.
        output.WriteLine(cli.Totals($"cli ({file})"));
        output.WriteLine(browser.Totals($"browser ({file})"));
        output.WriteLine(Close(file).Totals($"cli ({file})"));
        var bar = CallerThresholds.Of(file);
        foreach (var report in new[] { cli, browser })
        {
            Assert.True(report.Mrr10 >= bar.Mrr10, $"{file} MRR@10 {report.Mrr10:F3} below {bar.Mrr10}");
            Assert.True(report.Recall5 >= bar.Recall5, $"{file} recall@5 {report.Recall5:F3} below {bar.Recall5}");
            Assert.True(report.ZeroResultRate <= bar.ZeroResultRate, $"{file} zero-result rate {report.ZeroResultRate:F3} above {bar.ZeroResultRate}");
        }
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Both_halves_have_every_kind_of_question_and_known_ids(string tuningFile, string heldOutFile)
    {
        var exported = real.Exported ?? throw new InvalidOperationException("content/programs is missing");
        var known = exported.Content.Programs.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var tuning = RelevanceFile.Load(PathOf(tuningFile)).Questions;
        var heldOut = RelevanceFile.Load(PathOf(heldOutFile)).Questions;
        Assert.True(tuning.Count + heldOut.Count >= 200, $"{tuning.Count + heldOut.Count} questions");
        Assert.Equal(tuning.Select(q => q.Kind).ToHashSet(), heldOut.Select(q => q.Kind).ToHashSet());
        Assert.All(tuning.Concat(heldOut), q => Assert.All(q.Expect, id => Assert.Contains(id, known)));
        Assert.Empty(tuning.Select(q => q.Q).Intersect(heldOut.Select(q => q.Q)));
    }

    [Fact]
    public void No_question_is_in_two_sets()
    {
        var files = new[] { "questions.yaml", "tuning.yaml", "held-out.yaml", "tuning-2.yaml", "held-out-2.yaml" };
        var asked = files.SelectMany(f => RelevanceFile.Load(PathOf(f)).Questions.Select(q => q.Q).Distinct()).ToList();
        Assert.Equal(asked.Count, asked.Distinct().Count());
    }

    private (RelevanceReport Cli, RelevanceReport Browser) Evaluate(string file, bool showDifferences)
    {
        var exported = real.Exported ?? throw new InvalidOperationException("content/programs is missing");
        var questions = RelevanceFile.Load(PathOf(file)).Questions;
        var cli = RelevanceReport.Evaluate(questions, (q, f) => exported.Engine.Search(q, f, 10).Select(h => h.Id).ToList());
        var browser = RelevanceReport.Evaluate(questions, (q, f) => exported.Browser.Search(q, f, 10).Select(h => h.Id).ToList());
        var differing = questions.Where(q =>
        {
            var filters = new SearchFilters(q.Region, q.DeptType, q.Audience);
            return !exported.Engine.Search(q.Q, filters, 10).Ranked().SequenceEqual(exported.Browser.Search(q.Q, filters, 10));
        }).Select(q => q.Q).ToList();
        // A held-out question is not named even here.
        Assert.True(differing.Count == 0, showDifferences
            ? "CLI and browser differ on: " + string.Join(" | ", differing)
            : $"CLI and browser differ on {differing.Count} held-out questions");
        return (cli, browser);
    }

    private CloseMatchReport Close(string file) =>
        CloseMatchReport.Evaluate(RelevanceFile.Load(PathOf(file)).Questions, (q, f) => real.Exported!.Engine.Answer(q, f, 1000));

    private static string ByKind(RelevanceReport report) => string.Join("\n", report.Answers
        .GroupBy(a => a.Question.Kind ?? "?")
        .OrderBy(g => g.Key, StringComparer.Ordinal)
        .Select(g =>
        {
            var part = RelevanceReport.Evaluate(g.Select(a => a.Question).ToList(), (q, _) => g.First(a => a.Question.Q == q).Top);
            return string.Create(CultureInfo.InvariantCulture, $"  {g.Key}: MRR@10 {part.Mrr10:F3}, recall@5 {part.Recall5:F3}, zero {part.ZeroResultRate:F3} ({g.Count()})");
        }));
}
