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
