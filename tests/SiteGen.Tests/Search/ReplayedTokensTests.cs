using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using SiteGen.Content;
using SiteGen.Search.Indexing;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Search;

/// <summary>
/// The index replays the tokens of a text it has analysed before; it must hold exactly what analysing every field
/// afresh gives: the same terms with the same documents and frequencies, and the same field lengths.
/// </summary>
public sealed class ReplayedTokensTests
{
    [Fact]
    public void The_index_equals_one_made_by_analysing_every_field()
    {
        var content = new ContentLoader(Path.Combine(Repo.Root, "content")).Load();
        using var replayed = new RAMDirectory();
        IndexBuilder.Build(content, replayed);
        using var direct = new RAMDirectory();
        using (var analyzer = IndexBuilder.CreateAnalyzer(content))
        using (var writer = new IndexWriter(direct, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer) { Similarity = new BM25Similarity() }))
        {
            var lookup = new ContentLookup(content);
            foreach (var program in content.Programs.OrderBy(p => p.Id, StringComparer.Ordinal))
            {
                var doc = new Document { new StringField(SearchFields.Id, program.Id, Field.Store.YES) };
                foreach (var (field, text) in ProgramFields.Of(program, lookup)) doc.Add(new TextField(field.Name, text, Field.Store.NO));
                writer.AddDocument(doc);
            }
            writer.ForceMerge(1);
        }
        using var a = DirectoryReader.Open(replayed);
        using var b = DirectoryReader.Open(direct);
        Assert.Equal(b.MaxDoc, a.MaxDoc);
        var ids = Enumerable.Range(0, a.MaxDoc).Select(d => a.Document(d).Get(SearchFields.Id)).ToList();
        Assert.Equal(Enumerable.Range(0, b.MaxDoc).Select(d => b.Document(d).Get(SearchFields.Id)), ids);
        foreach (var field in SearchFields.Word.Append(SearchFields.Gram))
        {
            Assert.Equal(Postings(b, field.Name), Postings(a, field.Name));
            var normsA = MultiDocValues.GetNormValues(a, field.Name);
            var normsB = MultiDocValues.GetNormValues(b, field.Name);
            for (var d = 0; d < a.MaxDoc; d++) Assert.Equal(normsB?.Get(d), normsA?.Get(d));
        }
    }

    private static List<string> Postings(IndexReader reader, string field)
    {
        var all = new List<string>();
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null) return all;
        var e = terms.GetEnumerator();
        while (e.MoveNext())
        {
            var docs = e.Docs(null, null, DocsFlags.FREQS);
            int doc;
            while ((doc = docs.NextDoc()) != Lucene.Net.Search.DocIdSetIterator.NO_MORE_DOCS)
                all.Add($"{e.Term.Utf8ToString()} {doc} {docs.Freq}");
        }
        return all;
    }
}
