using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;
using SiteGen.Content.Model;
using SiteGen.Search.Analysis;

namespace SiteGen.Search.Indexing;

/// <summary>Writes the Lucene index of a ContentSet: one document per programme, in id order.</summary>
public static class IndexBuilder
{
    public static void Build(ContentSet content, Lucene.Net.Store.Directory directory)
    {
        using var analyzer = CreateAnalyzer(content);
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
        };
        var lookup = new ContentLookup(content);
        using var writer = new IndexWriter(directory, config);
        foreach (var program in content.Programs.OrderBy(p => p.Id, StringComparer.Ordinal))
            writer.AddDocument(ToDocument(program, lookup));
        // One segment: the index is small, and a single segment makes doc ids follow programme ids.
        writer.ForceMerge(1);
        writer.Commit();
    }

    /// <summary>The analyzers of the fields, with the content's own words joined back after segmentation.</summary>
    public static Analyzer CreateAnalyzer(ContentSet content)
    {
        var folding = Folding.Default;
        var lexicon = LexiconMap.Build(DomainLexicon.From(content, folding), folding);
        return new PerFieldAnalyzerWrapper(new ChineseAnalyzer(lexicon, folding), new Dictionary<string, Analyzer>
        {
            [SearchFields.Gram.Name] = new BigramAnalyzer(folding),
        });
    }

    private static Document ToDocument(BenefitProgram program, ContentLookup lookup)
    {
        var doc = new Document { new StringField(SearchFields.Id, program.Id, Field.Store.YES) };
        foreach (var (field, text) in ProgramFields.Of(program, lookup))
            doc.Add(new TextField(field.Name, text, Field.Store.NO));
        return doc;
    }
}
