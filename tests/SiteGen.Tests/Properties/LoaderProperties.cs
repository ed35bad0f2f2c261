using CsCheck;
using SiteGen.Content;
using SiteGen.Content.Loading;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Properties;

/// <summary>Whatever an editor saves, the content readers answer with diagnostics, never an unhandled exception.</summary>
public sealed class LoaderProperties
{
    private static readonly string Programme = File.ReadAllText(Path.Combine(Repo.MiniSite, "content", "programs", "north", "north-01.md"));

    [Fact]
    public void Any_programme_text_is_read_or_reported()
    {
        Fragments.Text(120).Sample(text =>
        {
            var diagnostics = new DiagnosticBag();
            var program = ProgramReader.Read("p.md", "---\n" + text + "\n---\n" + text, diagnostics);
            Assert.True(program is not null || diagnostics.HasErrors);
        }, iter: 3000);
    }

    [Fact]
    public void A_real_programme_with_any_text_spliced_in_is_read_or_reported()
    {
        Gen.Select(Gen.Int[0, Programme.Length], Fragments.Text(40)).Sample((at, text) =>
        {
            var diagnostics = new DiagnosticBag();
            var program = ProgramReader.Read("p.md", Programme.Insert(at, text), diagnostics);
            Assert.True(program is not null || diagnostics.HasErrors);
        }, iter: 3000);
    }

    [Fact]
    public void Any_list_file_is_read_or_reported()
    {
        Fragments.Text(120).Sample(text =>
        {
            var diagnostics = new DiagnosticBag();
            ListFileReader.Read("regions.yaml", text, diagnostics, ListFileReader.ReadRegion);
            SiteSettingsReader.Read("site.yaml", text, diagnostics);
        }, iter: 3000);
    }

    [Fact]
    public void Any_yaml_is_parsed_or_reported_and_the_limits_hold()
    {
        Fragments.Text(200).Sample(text =>
        {
            var diagnostics = new DiagnosticBag();
            var root = new FileContext("x.yaml", 1, diagnostics).Parse(text);
            if (root is not null) Assert.All(root.AllNodes, node => Assert.True(node.Anchor.IsEmpty, "an anchor passed the limits"));
        }, iter: 3000);
    }

    [Fact]
    public void Any_markdown_body_is_accepted_or_refused_with_a_line()
    {
        Fragments.Text(200).Sample(text =>
        {
            if (MarkdownLimits.Check(text) is var (line, _)) Assert.InRange(line, 1, text.Split('\n').Length);
        }, iter: 3000);
    }
}
