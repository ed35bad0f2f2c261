using SiteGen.Tests.Support;

namespace SiteGen.Tests.Site.Safety;

/// <summary>Ids become page addresses, so each kind of id is held to one pattern when content is loaded, before anything is written.</summary>
public sealed class IdPathTests
{
    private const string North = "programs/north/north-01.md";

    public static TheoryData<string, string, string, string> Cases => new()
    {
        // file, find, replace, expected "file:line:col"
        { "regions.yaml", "- id: north", "- id: ../../../ESCAPE", "regions.yaml:4:7" },
        { "departments.yaml", "- id: north-minzheng", "- id: ../../../ESCAPE", "departments.yaml:1:7" },
        { "department-types.yaml", "- id: minzheng", "- id: ../../../ESCAPE", "department-types.yaml:1:7" },
        { "audiences.yaml", "- id: elderly", "- id: ../../../ESCAPE", "audiences.yaml:1:7" },
        { "categories.yaml", "- id: social-assistance", "- id: ../../../ESCAPE", "categories.yaml:1:7" },
        { "kinds.yaml", "- id: dibao", "- id: ../../../ESCAPE", "kinds.yaml:1:7" },
        { North, "id: north-01", "id: ../../../ESCAPE", "north-01.md:2:5" },
        { "documents/test-2020-1.md", "id: test-2020-1", "id: ../../../ESCAPE", "test-2020-1.md:2:5" },
        { "regions.yaml", "- id: north", "- id: North", "regions.yaml:4:7" },
        { "regions.yaml", "- id: north", "- id: 北市", "regions.yaml:4:7" },
        { North, "id: north-01", "id: north\\01", "north-01.md:2:5" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void An_id_that_is_not_a_safe_path_part_is_an_error_at_its_position(string file, string find, string replace, string where)
    {
        using var site = new TempSite();
        Assert.Equal(0, site.Build().ExitCode);
        var escape = "escape-" + Guid.NewGuid().ToString("N");
        site.Edit(file, find, replace.Replace("ESCAPE", escape));
        var before = FolderSnapshot.Take(site.Root);

        site.Build().AssertContentError(where, "ids become parts of page addresses and must be lower-case ASCII letters, digits and hyphens");
        before.AssertSame(FolderSnapshot.Take(site.Root));
        Assert.False(Path.Exists(Path.Combine(Path.GetTempPath(), escape)));
        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.GetTempPath(), escape + "*", SearchOption.TopDirectoryOnly));
    }
}
