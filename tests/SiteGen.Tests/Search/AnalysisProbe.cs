using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SiteGen.Tests.Search;

/// <summary>Runs an analyzer or token stream and lists its tokens as "term/type/posInc".</summary>
public static class AnalysisProbe
{
    public static List<string> Terms(Analyzer analyzer, string text, bool withDetail = false)
    {
        using var stream = analyzer.GetTokenStream("f", text);
        return Drain(stream, withDetail);
    }

    public static List<string> Drain(TokenStream stream, bool withDetail = false)
    {
        var term = stream.AddAttribute<ICharTermAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        var inc = stream.AddAttribute<IPositionIncrementAttribute>();
        var list = new List<string>();
        stream.Reset();
        while (stream.IncrementToken())
            list.Add(withDetail ? $"{term}/{type.Type}/{inc.PositionIncrement}" : term.ToString());
        stream.End();
        return list;
    }
}
