using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;
using SiteGen.Content.Model;
using SiteGen.Search.Analysis;
using SiteGen.Concurrency;

namespace SiteGen.Search.Indexing;

/// <summary>
/// Writes the Lucene index of a ContentSet: one document per programme, in id order. Programmes are analysed
/// in batches on every core and added in order; a text that recurs (the same eligibility rule in every county's
/// list, a region's name in all its programmes) is analysed once and its tokens replayed.
/// </summary>
public static class IndexBuilder
{
    private const int BatchSize = 512;

    /// <summary>Distinct texts whose tokens are kept for reuse; past this, new texts are analysed every time.</summary>
    private const int CachedTexts = 50_000;

    public static void Build(ContentSet content, Lucene.Net.Store.Directory directory)
    {
        using var analyzer = CreateAnalyzer(content);
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
            // The index is written once and read whole: packing its files into one compound file would only copy them.
            UseCompoundFile = false,
        };
        var lookup = new ContentLookup(content);
        using var writer = new IndexWriter(directory, config);
        var programs = content.Programs.OrderBy(p => p.Id, StringComparer.Ordinal).ToList();
        var cache = new System.Collections.Concurrent.ConcurrentDictionary<(string Field, string Text), IReadOnlyList<RecordedToken>>();
        // Documents are added one at a time, so one replaying stream serves them all, and one id field: a new field
        // would make a new token stream per document, whose attributes Lucene looks up under a lock all threads share.
        using var replay = new RecordedTokens();
        var id = new StringField(SearchFields.Id, "", Field.Store.YES);
        for (var start = 0; start < programs.Count; start += BatchSize)
        {
            var batch = programs.GetRange(start, Math.Min(BatchSize, programs.Count - start));
            var documents = InParallel.Map(batch, p => ToDocument(p, lookup, analyzer, cache, replay));
            for (var i = 0; i < batch.Count; i++)
            {
                id.SetStringValue(batch[i].Id);
                documents[i].Fields.Insert(0, id);
                writer.AddDocument(documents[i]);
            }
        }
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
            [SearchFields.Age.Name] = new AgeAnalyzer(folding),
        });
    }

    private static Document ToDocument(BenefitProgram program, ContentLookup lookup, Analyzer analyzer,
        System.Collections.Concurrent.ConcurrentDictionary<(string Field, string Text), IReadOnlyList<RecordedToken>> cache, RecordedTokens replay)
    {
        var doc = new Document();
        foreach (var (field, text) in ProgramFields.Of(program, lookup))
        {
            if (!cache.TryGetValue((field.Name, text), out var tokens))
            {
                tokens = RecordedTokens.Record(analyzer, field.Name, text);
                if (cache.Count < CachedTexts) cache.TryAdd((field.Name, text), tokens);
            }
            doc.Add(new ReplayedField(field.Name, tokens, replay));
        }
        return doc;
    }
}
