using Lucene.Net.Search.Similarities;

namespace SiteGen.Search.Querying;

/// <summary>Decodes the field lengths the index stored as BM25 norms (lossy, as Lucene's own BM25 reads them).</summary>
internal sealed class FieldLengths : BM25Similarity
{
    public static FieldLengths Instance { get; } = new();

    public float Decode(long norm) => DecodeNormValue((byte)norm);
}
