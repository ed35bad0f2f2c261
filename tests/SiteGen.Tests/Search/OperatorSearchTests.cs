using System.Text.Json;
using SiteGen.Search;

namespace SiteGen.Tests.Search;

public class OperatorSearchTests(ExportedFixture fixture) : IClassFixture<ExportedFixture>
{
    [Fact]
    public void Text_output_lists_title_region_department_standard_phone_and_address()
    {
        using var dir = new TempDir();
        var output = new StringWriter();
        var code = OperatorSearch.Run("高龄津贴", null, 3, json: false, output, fixture.Content, dir.Path);
        Assert.Equal(OperatorSearch.Found, code);
        var text = output.ToString();
        Assert.Contains("1. 高龄津贴 — 阳泉市 · 阳泉市民政局", text, StringComparison.Ordinal);
        Assert.Contains("80周岁及以上老年人每人每月50元", text, StringComparison.Ordinal);
        Assert.Contains("0353-2021235", text, StringComparison.Ordinal);
        Assert.Contains("programs/yangquan-03/index.html", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_output_has_the_documented_fields_and_matches_the_engine()
    {
        using var dir = new TempDir();
        var output = new StringWriter();
        OperatorSearch.Run("低保", "长治", 10, json: true, output, fixture.Content, dir.Path);
        using var doc = JsonDocument.Parse(output.ToString());
        var hits = doc.RootElement.EnumerateArray().ToList();
        Assert.Equal(["luzhou-01", "luzhou-02"], hits.Select(h => h.GetProperty("id").GetString()).Take(2));
        foreach (var field in new[] { "title", "region", "department", "url", "score", "standard", "phone" })
            Assert.True(hits[0].TryGetProperty(field, out _), field);
        Assert.Equal("潞州区", hits[0].GetProperty("region").GetString());
    }

    [Fact]
    public void Text_output_counts_the_close_matches_and_lists_the_weaker_ones_after_a_line()
    {
        using var dir = new TempDir();
        var answer = fixture.Engine.Answer("低保", null, 100);
        Assert.InRange(answer.CloseCount, 1, answer.Count - 1);
        var output = new StringWriter();
        OperatorSearch.Run("低保", null, 100, json: false, output, fixture.Content, dir.Path);
        var lines = output.ToString().Split('\n', StringSplitOptions.TrimEntries);
        Assert.Equal($"找到 {answer.CloseCount} 条结果，另有 {answer.Count - answer.CloseCount} 条相关度较低。", lines[0]);
        var apart = Array.FindIndex(lines, l => l.Contains("以下相关度较低", StringComparison.Ordinal));
        Assert.Equal($"{answer.CloseCount}. {answer.Hits[answer.CloseCount - 1].Title}", lines[apart - 4].Split(" — ")[0]);
        Assert.StartsWith($"{answer.CloseCount + 1}. ", lines[apart + 1], StringComparison.Ordinal);
        Assert.Single(lines, l => l.Contains("以下相关度较低", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_output_marks_the_weaker_matches()
    {
        using var dir = new TempDir();
        var output = new StringWriter();
        OperatorSearch.Run("低保", null, 100, json: true, output, fixture.Content, dir.Path);
        using var doc = JsonDocument.Parse(output.ToString());
        Assert.Equal(fixture.Engine.Answer("低保", null, 100).Hits.Select(h => h.Close), doc.RootElement.EnumerateArray().Select(h => h.GetProperty("close").GetBoolean()));
    }

    [Fact]
    public void Unknown_region_and_empty_query_are_usage_errors()
    {
        using var dir = new TempDir();
        Assert.Equal(OperatorSearch.UsageError, OperatorSearch.Run("低保", "火星", 10, false, new StringWriter(), fixture.Content, dir.Path));
        Assert.Equal(OperatorSearch.UsageError, OperatorSearch.Run("  ", null, 10, false, new StringWriter(), fixture.Content, dir.Path));
    }

    [Fact]
    public void Nothing_found_says_so()
    {
        using var dir = new TempDir();
        var output = new StringWriter();
        Assert.Equal(OperatorSearch.NothingFound, OperatorSearch.Run("囧", null, 10, false, output, fixture.Content, dir.Path));
        Assert.Contains("没有找到", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void On_a_site_larger_than_a_head_a_question_about_no_place_says_its_results_are_the_best_of_each_word()
    {
        using var dir = new TempDir();
        var content = Path.Combine(dir.Path, "content");
        var synth = SiteGen.Tests.Synth.SynthOutputs.Run("synth", "--from", SiteGen.Tests.Support.Repo.Content, "--out", content, "--programs", "300", "--seed", "1", "--quiet");
        Assert.True(synth.ExitCode == 0, synth.Stderr);
        var loaded = new SiteGen.Content.ContentLoader(content).Load();
        var broad = new StringWriter();
        OperatorSearch.Run("补贴", null, 3, false, broad, loaded, Path.Combine(dir.Path, "index"));
        Assert.Contains("用 --region 指定地区", broad.ToString(), StringComparison.Ordinal);
        var local = new StringWriter();
        OperatorSearch.Run("补贴", "yangquan", 3, false, local, loaded, Path.Combine(dir.Path, "index"));
        Assert.DoesNotContain("--region", local.ToString(), StringComparison.Ordinal);
    }
}
