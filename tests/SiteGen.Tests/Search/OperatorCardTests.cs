using System.Text.Json;
using Jint;
using SiteGen.Content.Model;
using SiteGen.Rendering;
using SiteGen.Search.Export;
using SiteGen.Site.Pages;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Search;

/// <summary>
/// What a search result card shows an operator (amount, how to apply, tap-to-call phones) is in the exported
/// fragment, and search.js builds the same tel: links as TelLink and reads the filters under the form's names.
/// </summary>
public sealed class OperatorCardTests
{
    private static readonly ProgramAnswer Answer = new("本市户籍的低保家庭。", "每人每月760元。", "向乡镇（街道）提出书面申请，\n经审核后按月发放。");

    // Fragments are named by position, so the one of an id is found by what it holds.
    private static JsonElement Fragment(string searchDir, string id) =>
        Directory.GetFiles(Path.Combine(searchDir, "docs"), "*.js").Select(file =>
        {
            var text = File.ReadAllText(file);
            var json = text[(text.IndexOf(",{", StringComparison.Ordinal) + 1)..text.LastIndexOf(");", StringComparison.Ordinal)];
            return JsonDocument.Parse(json).RootElement.Clone();
        }).Single(doc => doc.GetProperty("id").GetString() == id);

    [Fact]
    public void Fragment_has_how_much_how_to_apply_and_each_phone_with_its_tel_link()
    {
        var content = SearchFixture.Content();
        content = content with { Programs = content.Programs.Select(p => p.Id == "yangquan-01" ? p with { Answer = Answer, Phones = ["0353-2021234", "+86 351 1234567（转8）"] } : p).ToList() };
        using var dir = new TempDir();
        StaticIndexExporter.Write(content, p => "programs/" + p.Id + "/index.html", dir.Path);
        var doc = Fragment(Path.Combine(dir.Path, StaticIndexExporter.Folder), "yangquan-01");

        Assert.Equal("每人每月760元。", doc.GetProperty("standard").GetString());
        Assert.Equal("向乡镇（街道）提出书面申请， 经审核后按月发放。", doc.GetProperty("howToApply").GetString());
        var phones = doc.GetProperty("phones").EnumerateArray().Select(e => (e.GetProperty("number").GetString(), e.GetProperty("tel").GetString())).ToList();
        Assert.Equal([("0353-2021234", "tel:03532021234"), ("+86 351 1234567（转8）", "tel:+8635112345678")], phones);
    }

    [Fact]
    public void Fragment_phones_are_the_ones_the_site_passes_so_fallbacks_reach_the_card()
    {
        var content = SearchFixture.Content();
        using var dir = new TempDir();
        StaticIndexExporter.Write(content, p => "programs/" + p.Id + "/index.html", dir.Path, p => p.Id == "yangquan-01" ? ["12345"] : p.Phones);
        var doc = Fragment(Path.Combine(dir.Path, StaticIndexExporter.Folder), "yangquan-01");
        Assert.Equal("tel:12345", doc.GetProperty("phones")[0].GetProperty("tel").GetString());
        Assert.Equal("", doc.GetProperty("howToApply").GetString());
    }

    private static Engine SearchScript()
    {
        var engine = new Engine();
        engine.Execute(Repo.PublishedAsset("search.js"));
        return engine;
    }

    [Theory]
    [InlineData("0353-2021234")]
    [InlineData("  +86 (351) 123-4567")]
    [InlineData("\u30000355-3021111")]
    [InlineData("12345（转8）")]
    [InlineData("０３５３-1")]
    [InlineData("转+1")]
    [InlineData("")]
    public void Search_script_tel_link_equals_TelLink(string number)
    {
        var engine = SearchScript();
        Assert.Equal(TelLink.Of(number), engine.Invoke(engine.Evaluate("SiteGenSearch.telLink"), number).AsString());
    }

    [Fact]
    public void Search_script_reads_each_filter_under_the_name_the_form_submits()
    {
        var engine = SearchScript();
        var script = JsonSerializer.Deserialize<Dictionary<string, string>>(engine.Evaluate("JSON.stringify(SiteGenSearch.filterParams)").AsString())!;
        Assert.Equal(SearchPageGenerator.FilterParams.OrderBy(k => k.Key, StringComparer.Ordinal), script.OrderBy(k => k.Key, StringComparer.Ordinal));
        Assert.Equal("dept", script["deptType"]);
    }
}
