using SiteGen.Content;
using SiteGen.Content.Model;
using SiteGen.Import.Normalising;
using SiteGen.Import.Readers;
using SiteGen.Import.Sources;

namespace SiteGen.Import;

/// <summary>
/// Reads one seed into programme records (and a policy document's full text into the collector), refusing a seed that is
/// not whole: not UTF-8 text, empty, or, as the reader for its format judges, not a whole listing.
/// </summary>
internal sealed class SourceReader(ListingFormats formats, DepartmentDirectory departments, Tagger tagger, DocumentCollector documents)
{
    /// <exception cref="ContentException">Everything wrong with the seed that could be found.</exception>
    public IReadOnlyList<BenefitProgram> Read(SeedSource source)
    {
        var display = "seeds/" + source.File;
        var seed = SeedTexts.Load(source.FullPath, display);
        if (seed.Lines.All(string.IsNullOrWhiteSpace))
            throw new ContentException([new Diagnostic(new SourceSpan(display, 1, 1), new FileInfo(source.FullPath).Length == 0
                ? "the seed is empty (0 bytes); put the published file here unchanged"
                : "the seed holds only blank lines; put the published file here unchanged")]);
        var rows = source.Kind == "document" ? ReadDocument(source, seed) : formats.Listing(source.Format)(source.FullPath, display);
        var builder = new ProgramBuilder(source, seed, departments, tagger);
        var made = rows.Select((row, i) => builder.Build(row, i + 1)).ToList();
        foreach (var citation in made.SelectMany(p => p.Basis)) documents.AddCitation(citation);
        return made;
    }

    /// <summary>A policy document's full text, and the rows of the listing it ends with, if any.</summary>
    private IReadOnlyList<ListingRow> ReadDocument(SeedSource source, SeedText seed)
    {
        var text = formats.Document(source.Format)(seed);
        var number = DocNumber.Parse(text.Number)?.ToString()
            ?? throw new ContentException([new Diagnostic(new SourceSpan(seed.File, text.FirstLine, 1), $"the document's 文号 '{text.Number}' is not of the form 发文字〔年份〕序号号")]);
        documents.AddFullText(new PolicyDocument
        {
            Id = DocNumber.Parse(number)!.Slug,
            Number = number,
            Title = text.Title ?? source.Title,
            TitleSupplied = text.Title is null && source.TitleSupplied,
            TitleNote = text.Title is null && source.TitleSupplied ? source.TitleNote : null,
            Issuer = text.Issuer ?? source.Publisher,
            Date = text.Date,
            Region = source.Region,
            Source = new SourceRef(seed.File, Math.Min(text.FirstLine, LineOf(seed, number)), text.LastLine, null),
            Body = text.Markdown,
            Origin = new SourceSpan(seed.File, text.FirstLine, 1),
        });
        return source.Listing is null ? [] : formats.Listing(source.Listing)(source.FullPath, seed.File);
    }

    /// <summary>The first line that states the 文号, so a document's source range covers its number as well as its body.</summary>
    private static int LineOf(SeedText seed, string number)
    {
        for (var i = 1; i <= seed.Lines.Count; i++)
            if (DocNumber.FindAll(seed.Line(i)).Any(f => f.Number.ToString() == number)) return i;
        return int.MaxValue;
    }
}
