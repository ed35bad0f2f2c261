namespace SiteGen.Content.Model;

/// <summary>Everything in content/, loaded and cross-checked: the input of every page and index.</summary>
public sealed record ContentSet
{
    public required SiteSettings Site { get; init; }
    public required IReadOnlyList<Region> Regions { get; init; }
    public required IReadOnlyList<Department> Departments { get; init; }
    public required IReadOnlyList<Term> DepartmentTypes { get; init; }
    public required IReadOnlyList<Term> Categories { get; init; }
    public required IReadOnlyList<Term> Audiences { get; init; }
    public required IReadOnlyList<Term> Kinds { get; init; }
    public required IReadOnlyList<PolicyDocument> Documents { get; init; }
    public required IReadOnlyList<BenefitProgram> Programs { get; init; }
    public required IReadOnlyList<SynonymGroup> Synonyms { get; init; }
    /// <summary>Words a search query drops (content/query-stopwords.txt): question words and fillers.</summary>
    public IReadOnlyList<string> QueryStopWords { get; init; } = [];
    public required IReadOnlyList<SourceInfo> Sources { get; init; }
    /// <summary>content/rules/ as written.</summary>
    public SiteGen.Rules.Model.RuleSet Rules { get; init; } = SiteGen.Rules.Model.RuleSet.Empty;
    /// <summary>The calculators with their names resolved and types checked, ready to run and to export.</summary>
    public SiteGen.Rules.Checking.CheckedRules Calculators { get; init; } = SiteGen.Rules.Checking.CheckedRules.Empty;
}
