using System.Text.Json.Nodes;
using CsCheck;
using SiteGen.Rules.Evaluation;
using SiteGen.Rules.Export;
using SiteGen.Rules.Finder;
using SiteGen.Rules.Model;

namespace SiteGen.Tests.Rules;

/// <summary>
/// One semantics in two places: every hand-worked case of every shipped calculator, the same cases with an
/// answer missing or out of range, and random answers, give the same result object from the C# evaluator and
/// from rules.js in Jint: amount to the fen, working, messages and sources.
/// </summary>
public sealed class EvaluatorParityTests(RealRules rules) : IClassFixture<RealRules>
{
    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var scope in new RealRules().Content.Calculators.Calculators)
            for (var i = 0; i < scope.Calculator.Cases.Count; i++) data.Add(scope.Id, i);
        return data;
    }

    private void AssertSame(string calculator, IReadOnlyDictionary<string, string> inputs)
    {
        var scope = rules.Content.Calculators.Find(calculator)!;
        var csharp = ResultJson.Write(Evaluator.Run(scope, rules.Regions, inputs));
        var script = rules.Script.Evaluate(rules.Data, calculator, inputs);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(csharp), JsonNode.Parse(script)),
            $"{calculator} {string.Join(" ", inputs.Select(i => $"{i.Key}={i.Value}"))}\nC#: {csharp}\nJS: {script}");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_case_gives_the_same_result_in_the_page_script(string calculator, int index)
    {
        var scope = rules.Content.Calculators.Find(calculator)!;
        var inputs = scope.Calculator.Cases[index].Inputs.ToDictionary(i => i.Key, i => i.Value, StringComparer.Ordinal);
        AssertSame(calculator, inputs);
        // The same case with each answer missing, and with each number answer out of range or not a number.
        foreach (var (name, question) in scope.Inputs)
        {
            AssertSame(calculator, inputs.Where(i => i.Key != name).ToDictionary());
            var broken = question.Type switch
            {
                QuestionType.Number or QuestionType.Integer => [(question.Max!.Value + Fraction.One).ToDecimalString(), "12.5.1", "abc", question.Type == QuestionType.Integer ? "1.5" : "-0"],
                _ => new[] { "不存在的选项" },
            };
            foreach (var value in broken) AssertSame(calculator, new Dictionary<string, string>(inputs) { [name] = value });
        }
    }

    [Fact]
    public void Random_answers_give_the_same_result_in_the_page_script()
    {
        foreach (var scope in rules.Content.Calculators.Calculators)
        {
            var all = Gen.Const(new Dictionary<string, string>(StringComparer.Ordinal));
            foreach (var (name, question) in scope.Inputs)
                all = all.SelectMany(d => Answer(question, scope.AllowedRegions.Select(r => r.Id).ToArray()).Select(v => new Dictionary<string, string>(d) { [name] = v }));
            all.Sample(answers => AssertSame(scope.Id, answers), iter: 40, threads: 1);
        }
    }

    /// <summary>Mostly answers in range, with the edges and a decimal of up to two places; sometimes one just outside.</summary>
    private static Gen<string> Pick(params string[] values) => Gen.Int[0, values.Length - 1].Select(i => values[i]);

    private static Gen<string> Answer(Question q, string[] regions) => q.Type switch
    {
        QuestionType.Option => Pick([.. q.Options]),
        QuestionType.YesNo => Pick("是", "否"),
        QuestionType.Region => Pick(regions),
        _ => Gen.Frequency(
            (6, Gen.Long[Lo(q), Hi(q)].Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            (q.Type == QuestionType.Number ? 3 : 0, Gen.Long[Lo(q) * 100, Hi(q) * 100].Select(n => new Fraction(n, 100).ToDecimalString())),
            (1, Pick(q.Min!.Value.ToDecimalString(), q.Max!.Value.ToDecimalString(), (q.Max!.Value + Fraction.One).ToDecimalString()))),
    };

    private static long Lo(Question q) => (long)q.Min!.Value.Ceiling().Numerator;
    private static long Hi(Question q) => (long)Math.Min((double)q.Max!.Value.Floor().Numerator, 1_000_000);
}

/// <summary>The finder gives the same lists from the C# engine and from rules.js, for random people in every region.</summary>
public sealed class FinderParityTests(RealRules rules) : IClassFixture<RealRules>
{
    [Fact]
    public void Random_people_get_the_same_finder_result_in_the_page_script()
    {
        var questions = rules.Content.Calculators.Questions;
        var regions = rules.Content.Regions.Select(r => r.Id).ToArray();
        var profile = Gen.Int[0, regions.Length - 1].Select(i => new Dictionary<string, string>(StringComparer.Ordinal) { [Question.RegionName] = regions[i] });
        foreach (var q in questions)
            profile = profile.SelectMany(d => Gen.Int[0, 2].SelectMany(skip => Answer(q).Select(v =>
            {
                var next = new Dictionary<string, string>(d, StringComparer.Ordinal);
                if (skip > 0) next[q.Name] = v;
                return next;
            })));
        profile.Sample(answers =>
        {
            var csharp = JsonNode.Parse(ResultJson.Write(EligibilityFinder.Find(rules.Content.Calculators, rules.Regions, answers)))!;
            var script = JsonNode.Parse(rules.Script.Find(rules.Data, answers))!;
            // The page's entries carry each programme's link and phone; the command line names the programmes by id.
            foreach (var entry in script["results"]!.AsArray())
                entry!["programs"] = new JsonArray(entry["programs"]!.AsArray().Select(p => (JsonNode?)JsonValue.Create(p!["id"]!.GetValue<string>())).ToArray());
            Assert.True(JsonNode.DeepEquals(csharp, script), $"{string.Join(" ", answers.Select(a => $"{a.Key}={a.Value}"))}\nC#: {csharp.ToJsonString()}\nJS: {script.ToJsonString()}");
        }, iter: 300, threads: 1);
    }

    private static Gen<string> Answer(Question q) => q.Type switch
    {
        QuestionType.Option => Gen.Int[0, q.Options.Count - 1].Select(i => q.Options[i]),
        QuestionType.YesNo => Gen.Int[0, 1].Select(i => i == 0 ? "是" : "否"),
        _ => Gen.Long[(long)q.Min!.Value.Ceiling().Numerator, (long)Math.Min((double)q.Max!.Value.Floor().Numerator, 20000)].Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    };
}
