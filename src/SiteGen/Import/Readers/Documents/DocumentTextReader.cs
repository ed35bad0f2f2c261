using SiteGen.Import.Sources;

namespace SiteGen.Import.Readers.Documents;

/// <summary>
/// Reads a policy document seed into <see cref="DocumentText"/>: its 文号, title (when the text has one), issuer and date,
/// and the body as Markdown with part and article headings. Annex tables are left out of the body; they are listings.
/// FirstLine/LastLine are the body's lines in the seed.
/// </summary>
public sealed class DocumentTextReader
{
    private readonly DocumentLayoutFinder finder = new();
    private readonly ParagraphJoiner joiner = new();
    private readonly MarkdownWriter writer = new();

    public DocumentText Read(SeedText seed)
    {
        var layout = finder.Find(seed);
        var body = Enumerable.Range(layout.BodyFirst, layout.BodyLast - layout.BodyFirst + 1).Select(seed.Line).ToList();
        var markdown = writer.Write(joiner.Join(body));
        return new DocumentText(layout.Number, layout.Title, layout.Issuer, layout.Date, markdown, layout.BodyFirst, layout.BodyLast);
    }
}
