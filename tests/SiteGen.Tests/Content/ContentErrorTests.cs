using SiteGen.Tests.Support;

namespace SiteGen.Tests.Content;

/// <summary>
/// One broken fixture per kind of content error: each must be reported as path:line:col with a message
/// that says what is wrong, the run must exit 1, and nothing may be written.
/// </summary>
public sealed class ContentErrorTests
{
    private const string North = "programs/north/north-01.md";
    private const string South2 = "programs/south/south-02.md";

    public static TheoryData<string, string, string, string, string> Cases => new()
    {
        // file, find, replace, expected "file:line" suffix, expected message fragment
        { North, "title: 最低生活保障\n", "title: 最低生活保障\ntitel: 多余\n", "north-01.md:4:1", "unknown key 'titel'; did you mean 'title'?" },
        { North, "year: 2025", "year: 二〇二五", "north-01.md:11:7", "'year' must be a whole number" },
        { North, "phones: [0100-1234567]", "phones: {main: 0100-1234567}", "north-01.md:20:9", "'phones' must be a list of text" },
        { South2, "standard: 每人每月发放70元。\n", "", "south-02.md:2:1", "missing required key 'standard'" },
        { South2, "id: south-02", "id: south-01", "south-02.md:2:1", "duplicate programme id 'south-01'" },
        { South2, "region: south", "region: soth", "south-02.md:2:1", "unknown region 'soth' (did you mean 'south'?)" },
        { South2, "department: south-minzheng", "department: south-renshe", "south-02.md:2:1", "unknown department 'south-renshe'" },
        { South2, "audiences: [elderly]", "audiences: [elder]", "south-02.md:2:1", "unknown audience 'elder'" },
        { North, "document: 测民发〔2020〕1号", "document: 测民发〔2021〕9号", "north-01.md:2:1", "basis document '测民发〔2021〕9号' has no record" },
        { North, "document: 测民发〔2020〕1号", "document: 测民发[2020]1号", "north-01.md:2:1", "normal form '测民发〔2020〕1号'" },
        { North, "level: 市级", "level: 地级", "north-01.md:7:8", "level '地级' is not one of" },
        { North, "title: 最低生活保障\n", "title: [最低生活保障\n", "north-01.md:2:1", "YAML syntax error: the front matter could not be read" },
        { North, "level: 市级\n", "level: 市级\n  kind: dibao\n", "north-01.md:8:", "YAML syntax error" },
        { "departments.yaml", "type: minzheng\n- id: south", "type: minzhen\n- id: south", "departments.yaml:1:3", "unknown department type 'minzhen'" },
        { "regions.yaml", "parent: prov\n  level: 市\n- id: south", "parent: province\n  level: 市\n- id: south", "regions.yaml:4:3", "unknown parent 'province'" },
        { North, "standard: 2025年城市低保标准657元/月/人。", "standard: 2025年城市低保标准658元/月/人。", "north-01.md:19:22", "figure '658' does not occur in its source (seeds/mini-listing.txt lines 2-2)" },
        { North, "phones: [0100-1234567]", "phones: [0100-1234568]", "north-01.md:20:10", "phone number '0100-1234568' does not occur in its source" },
        { South2, "lines: \"4\"", "lines: \"40\"", "south-02.md:2:1", "source lines 40-40 are outside seeds/mini-listing.txt" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_kind_of_error_is_reported_with_its_position(string file, string find, string replace, string where, string message)
    {
        using var site = new TempSite();
        Assert.Equal(0, site.Build().ExitCode);
        var before = Snapshot(site.Out);
        site.Edit(file, find, replace);

        site.Build().AssertContentError(where, message);
        Assert.Equal(before, Snapshot(site.Out));
    }

    [Fact]
    public void All_errors_are_reported_in_one_run()
    {
        using var site = new TempSite();
        site.Edit(North, "title: 最低生活保障\n", "title: 最低生活保障\ntitel: 多余\n");
        site.Edit(South2, "region: south", "region: east");
        site.Edit("regions.yaml", "parent: prov\n  level: 市\n- id: south", "parent: nowhere\n  level: 市\n- id: south");

        var result = site.Check();

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("unknown key 'titel'", result.Stderr);
        Assert.Contains("unknown region 'east'", result.Stderr);
        Assert.Contains("unknown parent 'nowhere'", result.Stderr);
        Assert.Contains("3 error(s)", result.Stderr);
    }

    private static Dictionary<string, string> Snapshot(string dir) =>
        Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(dir, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
}
