using SiteGen.Rules.Evaluation;
using SiteGen.Rules.Finder;
using SiteGen.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Tests.Rules;

/// <summary>
/// People described in tests/rules/finder/*.yaml, with what the policy texts say they may get, worked out by hand.
/// dev.yaml is the set rules are checked against while they are written; held-out.yaml is never read while
/// rules change, and only its score is looked at (it must stay at or above <see cref="HeldOutFloor"/>).
/// </summary>
public sealed class FinderProfileTests(RealRules rules, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<RealRules>
{
    public const double HeldOutFloor = 0.8;

    public sealed record Expectation(string Profile, string Program, string? Amount, bool Absent);

    public static IReadOnlyList<(string Name, Dictionary<string, string> Answers, List<Expectation> Expect)> Read(string file)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(Repo.Root, "tests", "rules", "finder", file))));
        var list = new List<(string, Dictionary<string, string>, List<Expectation>)>();
        foreach (var node in ((YamlSequenceNode)stream.Documents[0].RootNode).Cast<YamlMappingNode>())
        {
            var name = ((YamlScalarNode)node["name"]).Value!;
            var answers = ((YamlMappingNode)node["answers"]).ToDictionary(e => ((YamlScalarNode)e.Key).Value!, e => ((YamlScalarNode)e.Value).Value!, StringComparer.Ordinal);
            var expect = new List<Expectation>();
            if (node.Children.TryGetValue("likely", out var likely))
                foreach (var item in (YamlSequenceNode)likely)
                    expect.Add(item is YamlScalarNode s
                        ? new Expectation(name, s.Value!, null, false)
                        : new Expectation(name, ((YamlScalarNode)item["program"]).Value!, ((YamlMappingNode)item).Children.TryGetValue("amount", out var a) ? ((YamlScalarNode)a).Value : null, false));
            if (node.Children.TryGetValue("not_likely", out var absent))
                foreach (var item in (YamlSequenceNode)absent) expect.Add(new Expectation(name, ((YamlScalarNode)item).Value!, null, true));
            list.Add((name, answers, expect));
        }
        return list;
    }

    /// <summary>Null when the expectation holds, else what the finder gave instead.</summary>
    private string? Miss((string Name, Dictionary<string, string> Answers, List<Expectation> Expect) profile, Expectation e)
    {
        var result = EligibilityFinder.Find(rules.Content.Calculators, rules.Regions, profile.Answers);
        var likely = result.Results.Where(r => r.Status == FinderEntry.Likely && r.Programs.Contains(e.Program)).ToList();
        if (e.Absent) return likely.Count == 0 ? null : $"{e.Profile}: {e.Program} should not be likely, but {string.Join(", ", likely.Select(l => l.Calculator))} says it is";
        if (likely.Count == 0) return $"{e.Profile}: {e.Program} is not listed as likely";
        if (e.Amount is null) return null;
        var want = Fraction.Parse(e.Amount)!.Value.ToFixed(2);
        return likely.Any(l => l.Amount == want) ? null : $"{e.Profile}: {e.Program} should be {want}, the finder gives {string.Join(", ", likely.Select(l => l.Amount ?? "no amount"))}";
    }

    [Fact]
    public void Every_expectation_of_the_development_profiles_holds()
    {
        var profiles = Read("dev.yaml");
        Assert.True(profiles.Count >= 10, "the development set has at least ten people");
        var misses = profiles.SelectMany(p => p.Expect.Select(e => Miss(p, e))).OfType<string>().ToList();
        var total = profiles.Sum(p => p.Expect.Count);
        output.WriteLine($"development profiles: {total - misses.Count}/{total} expectations hold ({profiles.Count} people)");
        Assert.True(misses.Count == 0, string.Join("\n", misses));
    }

    [Fact]
    public void The_held_out_profiles_score_at_least_the_floor()
    {
        var profiles = Read("held-out.yaml");
        var expectations = profiles.SelectMany(p => p.Expect.Select(e => (p, e))).ToList();
        var held = expectations.Count(x => Miss(x.p, x.e) is null);
        var score = (double)held / expectations.Count;
        output.WriteLine($"held-out profiles: {held}/{expectations.Count} expectations hold ({profiles.Count} people)");
        // Only the score is reported, so the cases stay unseen while rules change.
        Assert.True(score >= HeldOutFloor, $"held-out score {held}/{expectations.Count} = {score:P0}, below {HeldOutFloor:P0}");
    }
}
