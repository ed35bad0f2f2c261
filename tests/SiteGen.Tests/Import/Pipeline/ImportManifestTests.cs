using System.Text.Json.Nodes;
using SiteGen.Import.Writing;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Import.Pipeline;

/// <summary>The manifest's older form is still read, a damaged one cannot make the import touch files outside content/, and no temporary file is left.</summary>
public sealed class ImportManifestTests : IDisposable
{
    private readonly TempSite _site = new(fixture: Repo.Root);

    public void Dispose() => _site.Dispose();

    private string ManifestPath => Path.Combine(_site.Content, ImportManifest.FileName);

    private CliResult Import() => _site.Run("import", "--seeds", _site.Seeds, "--content", _site.Content);

    private JsonObject Files() => (JsonObject)JsonNode.Parse(File.ReadAllText(ManifestPath))!["files"]!;

    [Fact]
    public void A_manifest_in_the_first_form_a_bare_map_of_digests_is_read_and_rewritten_with_counts()
    {
        File.WriteAllText(ManifestPath, Files().ToJsonString());

        var result = Import();

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains(" 0 written,", result.Stdout);
        Assert.Equal(File.ReadAllText(Path.Combine(Repo.Content, ImportManifest.FileName)), File.ReadAllText(ManifestPath));
    }

    [Fact]
    public void A_manifest_naming_a_file_outside_content_is_refused_and_the_file_kept()
    {
        var outside = Path.Combine(_site.Root, "outside.md");
        File.WriteAllText(outside, "not content\n");
        var files = Files();
        files["../outside.md"] = ImportManifest.Digest("not content\n");
        var root = JsonNode.Parse(File.ReadAllText(ManifestPath))!;
        root["files"] = files.DeepClone();
        File.WriteAllText(ManifestPath, root.ToJsonString());
        var before = FolderSnapshot.Take(_site.Root);

        var result = Import();

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error: the import would write '../outside.md' outside", result.Stderr);
        FolderSnapshot.Take(_site.Root).AssertSame(before);
    }

    [Fact]
    public void An_import_that_writes_files_leaves_no_temporary_file_behind()
    {
        var program = Path.Combine(_site.Content, "programs", "yangquan", "yangquan-03.md");
        File.Delete(program);
        var manifest = JsonNode.Parse(File.ReadAllText(ManifestPath))!;
        manifest["files"]!.AsObject().Remove("programs/yangquan/yangquan-03.md");
        File.WriteAllText(ManifestPath, manifest.ToJsonString());

        var result = Import();

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.True(File.Exists(program));
        Assert.Empty(Directory.EnumerateFiles(_site.Root, "*.import-tmp", SearchOption.AllDirectories));
    }
}
