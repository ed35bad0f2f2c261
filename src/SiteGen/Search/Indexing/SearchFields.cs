namespace SiteGen.Search.Indexing;

/// <summary>
/// The index schema. Boosts are applied at query time (not folded into norms) so they stay exact.
/// The order of <see cref="Word"/> is the order field scores are added in; it is part of the
/// ranking contract with search.js through the exported per-term scores.
/// </summary>
public static class SearchFields
{
    /// <summary>Stored programme id; the only stored field (hits are built from the ContentSet).</summary>
    public const string Id = "id";

    public static readonly SearchField Title = new("title", 3.0f);
    public static readonly SearchField Aliases = new("aliases", 2.5f);
    /// <summary>The name of the programme's kind (kinds.yaml): what it is, whatever its local title.</summary>
    public static readonly SearchField Kind = new("kind", 2.0f);
    public static readonly SearchField Region = new("region", 3.0f);
    public static readonly SearchField Department = new("department", 1.2f);
    public static readonly SearchField Audience = new("audience", 1.5f);
    public static readonly SearchField Category = new("category", 1.2f);
    public static readonly SearchField Standard = new("standard", 1.0f);
    public static readonly SearchField Eligibility = new("eligibility", 0.8f);
    public static readonly SearchField Summary = new("summary", 0.8f);
    public static readonly SearchField Procedure = new("procedure", 0.5f);
    public static readonly SearchField Phone = new("phone", 1.0f);
    /// <summary>Payment details, notes, policy basis and the free text: matched, but weakly.</summary>
    public static readonly SearchField Other = new("other", 0.4f);

    /// <summary>Ideograph bigrams of the main texts, for recall when no word matches.</summary>
    public static readonly SearchField Gram = new("gram", 0.3f);

    /// <summary>The age conditions of the main texts, as range terms (<see cref="Analysis.AgeConditions"/>), for an age a query states.</summary>
    public static readonly SearchField Age = new("age", 2.0f);

    public static IReadOnlyList<SearchField> Word { get; } =
        [Title, Aliases, Kind, Region, Department, Audience, Category, Standard, Eligibility, Summary, Procedure, Phone, Other];

    /// <summary>
    /// The word fields in the groups that saturate separately in BM25F: the names (title, aliases, kind)
    /// and the texts. A programme named after the query's word thus outranks one that only
    /// mentions it often.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<SearchField>> WordGroups { get; } =
        [[Title, Aliases, Kind], [Region, Department, Audience, Category, Standard, Eligibility, Summary, Procedure, Phone, Other]];

    /// <summary>The names whose words can be typed in pinyin (<see cref="Analysis.PinyinWords"/>).</summary>
    public static IReadOnlyList<SearchField> PinyinSources { get; } = [Title, Aliases, Kind, Region];

    /// <summary>Fields whose text is also cut into bigrams for <see cref="Gram"/> and read for <see cref="Age"/> conditions.</summary>
    public static IReadOnlyList<SearchField> GramSources { get; } =
        [Title, Aliases, Kind, Region, Department, Audience, Category, Standard, Eligibility, Summary];

    /// <summary>Bumped whenever analysis or schema changes, so on-disk indexes are rebuilt.</summary>
    public const string SchemaVersion = "sitegen-search-4";
}
