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
}
