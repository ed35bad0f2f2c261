using Lucene.Net.Analysis.TokenAttributes;
using SiteGen.Search.Analysis;

namespace SiteGen.Search.Querying;

/// <summary>
/// Turns query text into clauses with the <see cref="QueryAnalyzer"/>. A repeated clause counts
/// once, and so does a word already among an earlier clause's synonyms (打官司请律师: one clause).
/// </summary>
public sealed class QueryPlanner(QueryVocabulary vocabulary, SynonymTable synonyms)
{
    private readonly QueryAnalyzer _analyzer = new(vocabulary, synonyms);

    public IReadOnlyList<QueryClause> Plan(string query)
    {
        var clauses = new List<(bool IsGram, List<string> Terms)>();
        using (var stream = _analyzer.GetTokenStream("q", query))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var type = stream.AddAttribute<ITypeAttribute>();
            var increment = stream.AddAttribute<IPositionIncrementAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                var text = term.ToString();
                if (type.Type == TokenTypes.Synonym && increment.PositionIncrement == 0 && clauses.Count > 0)
                {
                    if (!clauses[^1].Terms.Contains(text)) clauses[^1].Terms.Add(text);
                }
                else clauses.Add((type.Type == TokenTypes.Gram, [text]));
            }
            stream.End();
        }
        var seenGrams = new HashSet<string>(StringComparer.Ordinal);
        var seenWords = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<QueryClause>();
        foreach (var (isGram, terms) in clauses)
        {
            if (isGram ? !seenGrams.Add(terms[0]) : seenWords.Contains(terms[0])) continue;
            if (!isGram) seenWords.UnionWith(terms);
            kept.Add(new QueryClause(isGram, terms));
        }
        return kept;
    }
}
