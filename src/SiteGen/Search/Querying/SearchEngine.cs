using SiteGen.Content.Model;
using SiteGen.Search.Analysis;
using SiteGen.Search.Indexing;

namespace SiteGen.Search.Querying;

/// <summary>Searches the programmes of a ContentSet through a Lucene index (see Ranker for the rule).</summary>
public sealed class SearchEngine : IDisposable
{
    private readonly SearchIndex _index;
    private readonly TermScores _scores;
    private readonly QueryPlanner _planner;
    private readonly ContentLookup _lookup;
    private readonly PlaceMatcher _places;
    private readonly AgeTerms _ages;
    private readonly Dictionary<string, BenefitProgram> _programs;
    private readonly Func<BenefitProgram, string> _urlOf;
    private readonly PostingHeads _heads;

    /// <param name="heads">How far a clause reaches outside a query's places; the export must use the same.</param>
    public SearchEngine(ContentSet content, SearchIndex index, Func<BenefitProgram, string>? urlOf = null, PostingHeads? heads = null)
    {
        _heads = heads ?? PostingHeads.Default;
        _index = index;
        _scores = new TermScores(index);
        Synonyms = new SynonymTable(content.Synonyms);
        Vocabulary = new QueryVocabulary(index.Terms(SearchFields.Word).Concat(Synonyms.Words), content.QueryStopWords, Synonyms.Words, PinyinOf(index, Synonyms));
        _planner = new QueryPlanner(Vocabulary, Synonyms);
        _lookup = new ContentLookup(content);
        _places = new PlaceMatcher(content.Regions);
        _ages = AgeTerms.Of(index);
        _programs = content.Programs.GroupBy(p => p.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _urlOf = urlOf ?? DefaultUrl;
    }

    /// <summary>Page address of a programme relative to the site root, as the site build writes it.</summary>
    public static string DefaultUrl(BenefitProgram program) => $"programs/{program.Id}/index.html";

    /// <summary>Builds the index in memory.</summary>
    public static SearchEngine Build(ContentSet content, Func<BenefitProgram, string>? urlOf = null, PostingHeads? heads = null) =>
        new(content, SearchIndex.InMemory(content), urlOf, heads);

    /// <summary>Reuses the index in <paramref name="indexDir"/> when current, else builds it there.</summary>
    public static SearchEngine OpenOrBuild(ContentSet content, string indexDir, Func<BenefitProgram, string>? urlOf = null) =>
        new(content, SearchIndex.OpenOrBuild(content, indexDir), urlOf);

    /// <summary>The pinyin of the names' words and of the synonyms (the export writes the same map).</summary>
    public static PinyinWords PinyinOf(SearchIndex index, SynonymTable synonyms) =>
        new(index.Terms(SearchFields.PinyinSources).Concat(synonyms.Words), PinyinTable.Default, synonyms);

    public SynonymTable Synonyms { get; }
    public QueryVocabulary Vocabulary { get; }

    /// <summary>The clauses of a query (see <see cref="Search"/>).</summary>
    public IReadOnlyList<QueryClause> Plan(string query) => Understand(query).Clauses;

    /// <summary>
    /// The places a query names and its clauses: the words of its text without the places and the age it
    /// states, then the age's clause.
    /// </summary>
    private (IReadOnlyList<string> Places, IReadOnlyList<QueryClause> Clauses) Understand(string query)
    {
        var (places, rest) = _places.Find(Folding.Default.Fold(query));
        var (age, words) = AgeMatcher.Find(rest);
        var clauses = _planner.Plan(words);
        return (places, age is { } stated && _ages.ClauseFor(stated) is { } clause ? [.. clauses, clause] : clauses);
    }

    public IReadOnlyList<SearchHit> Search(string query, SearchFilters? filters = null, int top = 10) => Answer(query, filters, top).Hits;

    /// <summary>
    /// False when a query about no place has a clause cut to its head (<see cref="PostingHeads"/>): its results are the
    /// best of each clause, and a region or a place named would list all of them there.
    /// </summary>
    public bool ReachesAll(string query, SearchFilters? filters = null) => Answer(query, filters, 0).ReachesAll;

    /// <summary>The results of <see cref="Search"/> and, from the same scoring, <see cref="ReachesAll"/>.</summary>
    public SearchAnswer Answer(string query, SearchFilters? filters = null, int top = 10)
    {
        filters ??= SearchFilters.None;
        var (places, clauses) = Understand(query);
        var ids = _index.IdsByDoc;
        Func<int, bool>? covering = places.Count == 0 ? null
            : d => _programs.TryGetValue(ids[d], out var p) && places.Any(place => _lookup.Covers(p.Region, place));
        // The query's scope: the programmes covering its region filter or a place it names (PostingHeads).
        Func<int, bool>? inScope = filters.Region is not { } region ? covering
            : d => (_programs.TryGetValue(ids[d], out var p) && _lookup.Covers(p.Region, region)) || (covering?.Invoke(d) ?? false);
        var cut = false;
        var totals = Ranker.Totals(clauses, ids.Count, clause =>
        {
            var scores = _scores.Of(clause);
            cut |= _heads.Cuts(scores);
            return _heads.Keep(scores, _index.IdRankByDoc, inScope);
        });
        var ranking = Ranker.Order(totals, ids, d => _programs.TryGetValue(ids[d], out var p) && Passes(p, filters), top, covering, placeOnly: clauses.Count == 0 && places.Count > 0);
        var hits = ranking.Docs.Select((d, i) => ToHit(_programs[ids[d]], totals[d], i < ranking.CloseCount)).ToList();
        return new SearchAnswer(hits, inScope is not null || !cut, ranking.Count, ranking.CloseCount);
    }

    private bool Passes(BenefitProgram p, SearchFilters filters) =>
        (filters.Region is not { } region || _lookup.Covers(p.Region, region))
        && (filters.DepartmentType is not { } type || _lookup.DepartmentTypeId(p.Department) == type)
        && (filters.Audience is not { } audience || p.Audiences.Contains(audience));

    private SearchHit ToHit(BenefitProgram p, double score, bool close) => new(
        p.Id,
        p.DisplayTitle,
        _lookup.RegionName(p.Region),
        _lookup.DepartmentName(p.Department),
        _urlOf(p),
        score,
        // The answer's how_much carries every amount in a line an operator can read out; the standard is the fallback.
        TextLine.OneLine(p.Answer?.HowMuch ?? p.Standard),
        string.Join("；", p.Phones),
        close);

    public void Dispose()
    {
        _scores.Dispose();
        _index.Dispose();
    }
}
