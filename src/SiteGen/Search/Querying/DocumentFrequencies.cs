using Lucene.Net.Index;
using SiteGen.Search.Indexing;

namespace SiteGen.Search.Querying;

/// <summary>
/// In how many programmes some fields hold a term, each field and segment counted apart (an upper bound of the
/// programmes it matches), for every term of those fields at once: one pass through each field's term dictionary
/// rather than a seek per term and field.
/// </summary>
public sealed class DocumentFrequencies
{
    private readonly Dictionary<string, long> _counts = new(StringComparer.Ordinal);

    public DocumentFrequencies(SearchIndex index, IReadOnlyList<SearchField> fields)
    {
        foreach (var leaf in index.Searcher.IndexReader.Leaves)
            foreach (var field in fields)
            {
                var terms = leaf.AtomicReader.GetTerms(field.Name);
                if (terms is null) continue;
                var e = terms.GetEnumerator();
                while (e.MoveNext())
                {
                    var term = e.Term.Utf8ToString();
                    _counts[term] = _counts.GetValueOrDefault(term) + e.DocFreq;
                }
            }
    }

    /// <summary>The sum over the terms (a term listed twice counts twice).</summary>
    public long Of(IEnumerable<string> terms) => terms.Sum(t => _counts.GetValueOrDefault(t));
}
