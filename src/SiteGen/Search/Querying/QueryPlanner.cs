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
        var clauses = new List<(ClauseKind Kind, List<string> Terms)>();
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
                // A pinyin clause stands for the words of its form: they are its terms after the form.
                else if (type.Type == TokenTypes.Pinyin) clauses.Add((ClauseKind.Pinyin, [text, .. vocabulary.Pinyin.TermsOf(text)]));
                else clauses.Add((type.Type == TokenTypes.Gram ? ClauseKind.Gram : ClauseKind.Word, [text]));
            }
            stream.End();
        }
        var seenGrams = new HashSet<string>(StringComparer.Ordinal);
        var seenWords = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<QueryClause>();
        var seenPinyin = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (kind, terms) in clauses)
        {
            var repeated = kind switch
            {
                ClauseKind.Gram => !seenGrams.Add(terms[0]),
                ClauseKind.Pinyin => !seenPinyin.Add(terms[0]),
                _ => seenWords.Contains(terms[0]),
            };
            if (repeated) continue;
            if (kind == ClauseKind.Word) seenWords.UnionWith(terms);
            if (kind == ClauseKind.Pinyin) seenWords.UnionWith(terms.Skip(1));
            kept.Add(new QueryClause(kind, terms));
        }
        return kept;
    }

}
