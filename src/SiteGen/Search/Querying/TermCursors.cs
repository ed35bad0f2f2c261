using Lucene.Net.Index;
using Lucene.Net.Util;

namespace SiteGen.Search.Querying;

/// <summary>
/// One term enumerator per segment and field, kept and re-seeked rather than opened per lookup: opening
/// one clones its input and frames, which costs far more than the seek when every term of the index is scored.
/// An instance belongs to one thread (enumerators are not thread-safe).
/// </summary>
internal sealed class TermCursors(IndexReader reader)
{
    private readonly Dictionary<(int Leaf, string Field), TermsEnum?> _enums = [];
    private readonly IList<AtomicReaderContext> _leaves = reader.Leaves;

    public int LeafCount => _leaves.Count;

    public AtomicReaderContext Leaf(int leaf) => _leaves[leaf];

    /// <summary>The field's enumerator in a segment positioned on the term, or null when the segment lacks it.</summary>
    public TermsEnum? Seek(int leaf, string field, string term)
    {
        if (!_enums.TryGetValue((leaf, field), out var terms))
            _enums[(leaf, field)] = terms = _leaves[leaf].AtomicReader.GetTerms(field)?.GetEnumerator();
        return terms is not null && terms.SeekExact(new BytesRef(term)) ? terms : null;
    }
}
