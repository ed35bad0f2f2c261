using SiteGen.Content;
using SiteGen.Content.Loading;
using SiteGen.Import.Writing;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Content;

/// <summary>Document records read and write back whole, the editor's note on a title included, under the id their 文号 derives.</summary>
public sealed class DocumentRecordTests
{
    [Fact]
    public void Every_shipped_document_has_the_id_its_number_derives()
    {
        foreach (var document in new ContentLoader(Repo.Content).Load().Documents)
            Assert.Equal(DocNumber.Parse(document.Number)!.Slug, document.Id);
    }

    [Fact]
    public void The_title_note_is_read_and_written_back()
    {
        const string text = "---\nid: 2022-234-512264\nnumber: 晋财社〔2022〕234号\ntitle: 关于修订补助资金管理办法的通知\n"
            + "title_supplied: true\ntitle_note: 来源缺结尾的“》”：标题照引文。\n---\n";
        var diagnostics = new DiagnosticBag();

        var document = DocumentReader.Read("documents/2022-234-512264.md", text, diagnostics)!;
        var written = ContentFiles.Document(document);
        var reread = DocumentReader.Read("documents/2022-234-512264.md", written, diagnostics)!;

        Assert.Empty(diagnostics.Items);
        Assert.Equal("来源缺结尾的“》”：标题照引文。", document.TitleNote);
        Assert.Equal(document.TitleNote, reread.TitleNote);
        Assert.True(reread.TitleSupplied);
        Assert.Equal(written, ContentFiles.Document(reread));
    }

    [Fact]
    public void Every_shipped_document_is_written_back_exactly_as_it_reads()
    {
        foreach (var document in new ContentLoader(Repo.Content).Load().Documents)
        {
            var diagnostics = new DiagnosticBag();
            var reread = DocumentReader.Read(document.Origin.Path, ContentFiles.Document(document), diagnostics);
            Assert.Empty(diagnostics.Items);
            Assert.Equal(document.TitleNote, reread!.TitleNote);
            Assert.Equal(ContentFiles.Document(document), ContentFiles.Document(reread));
        }
    }
}
