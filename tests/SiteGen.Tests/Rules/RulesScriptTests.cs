using System.Text.Json;
using Jint;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rules;

/// <summary>The Jint harness for rules.js works: BigInt is supported, and the hand-made browser fixture gives the amounts the node tests expect.</summary>
public sealed class RulesScriptTests
{
    private static readonly string Fixture = File.ReadAllText(Path.Combine(Repo.Root, "tests", "browser", "fixtures", "rules-sample.json"));

    [Fact]
    public void Jint_computes_with_BigInt()
    {
        var engine = new Engine();
        Assert.Equal("41152263004115226300411522630", engine.Evaluate("String(BigInt('123456789012345678901234567890') / BigInt(3))").AsString());
        Assert.Equal("-1", engine.Evaluate("String(BigInt(-7) / BigInt(4))").AsString());
        Assert.Equal("bigint", engine.Evaluate("typeof (10n ** 20n)").AsString());
    }

    [Fact]
    public void The_dibao_example_is_771_with_its_working()
    {
        var json = new RulesScript().Evaluate(Fixture, "yangquan-dibao", new Dictionary<string, string> { ["户籍"] = "城市", ["家庭人数"] = "3", ["人均收入"] = "400" });
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.Equal(["status", "amount", "unit", "period", "working", "failed", "errors", "message", "parameters"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("ok", root.GetProperty("status").GetString());
        Assert.Equal("771.00", root.GetProperty("amount").GetString());
        Assert.Equal(["低保标准 = 657 元/人/月", "(657 − 400) × 3 = 771 元/月"], root.GetProperty("working").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Exact_fractions_and_rounding_survive_Jint()
    {
        var script = new RulesScript();
        string Amount(string id, string a, string b) =>
            JsonDocument.Parse(script.Evaluate(Fixture, id, new Dictionary<string, string> { ["甲"] = a, ["乙"] = b })).RootElement.GetProperty("amount").GetString()!;
        Assert.Equal("0.30", Amount("test-sum", "0.1", "0.2"));
        Assert.Equal("1.02", Amount("test-third", "1.015", "7"));
        Assert.Equal("-0.01", Amount("test-round", "-0.005", "1"));
        Assert.Equal("2.68", Amount("test-round", "2.675", "1"));
        Assert.Contains("\"message\":\"规则计算中出现除以零\"", script.Evaluate(Fixture, "test-third", new Dictionary<string, string> { ["甲"] = "1", ["乙"] = "0" }));
    }

    [Fact]
    public void The_finder_runs_in_Jint()
    {
        var json = new RulesScript().Find(Fixture, new Dictionary<string, string> { ["地区"] = "luzhou", ["年龄"] = "85", ["低保对象"] = "是", ["人均收入"] = "800", ["家庭人数"] = "2" });
        using var doc = JsonDocument.Parse(json);
        Assert.Equal(["luzhou", "changzhi", "shanxi"], doc.RootElement.GetProperty("regions").EnumerateArray().Select(e => e.GetString()));
        var results = doc.RootElement.GetProperty("results").EnumerateArray()
            .Select(r => (r.GetProperty("calculator").GetString(), r.GetProperty("status").GetString(), r.GetProperty("amount").ValueKind == JsonValueKind.Null ? null : r.GetProperty("amount").GetString()))
            .ToList();
        Assert.Equal([("shanxi-gaoling", "likely", "50.00"), ("shanxi-fuxu", "likely", null), ("shanxi-mianfei", "likely", null), ("changzhi-dibao", "near", null)], results);
    }
}
