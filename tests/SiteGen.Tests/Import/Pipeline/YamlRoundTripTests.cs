using CsCheck;
using SiteGen.Content;
using SiteGen.Content.Loading;
using SiteGen.Import.Writing;
using SiteGen.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Tests.Import.Pipeline;

/// <summary>What the importer writes, the loader reads back unchanged.</summary>
public sealed class YamlRoundTripTests
{
    [Fact]
    public void Any_text_survives_quoting()
    {
        Gen.String[Gen.Char.Where(c => !char.IsSurrogate(c) && (c >= ' ' || c == '\t'))].Sample(text =>
        {
            var yaml = "key: " + YamlWriter.Quote(text) + "\n";
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            var value = ((YamlScalarNode)((YamlMappingNode)stream.Documents[0].RootNode).Children[new YamlScalarNode("key")]).Value;
            Assert.Equal(text, value);
        }, iter: 3000);
    }

    [Fact]
    public void Every_shipped_programme_is_written_back_exactly_as_it_reads()
    {
        var content = new ContentLoader(Repo.Content).Load();
        foreach (var program in content.Programs)
        {
            var diagnostics = new DiagnosticBag();
            var reread = ProgramReader.Read(program.Origin.Path, ContentFiles.Program(program), diagnostics);
            Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
            Assert.Equal(ContentFiles.Program(program), ContentFiles.Program(reread! with { Origin = program.Origin }));
            Assert.Equal(program.Standard, reread.Standard);
            Assert.Equal(program.Procedure, reread.Procedure);
            Assert.Equal(program.Basis, reread.Basis);
        }
    }
}
