namespace SiteGen.Content.Model;

/// <summary>One social-assistance or subsidy programme as offered in one region: one file in content/programs.</summary>
public sealed record BenefitProgram
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    /// <summary>
    /// Tells this programme apart from another of the same title in the same list (its service or its people, in the
    /// source's words), shown after the title; null when the title is already distinct.
    /// </summary>
    public string? Qualifier { get; init; }
    /// <summary>The title as pages show it: with its qualifier, if any.</summary>
    public string DisplayTitle => Qualifier is null ? Title : $"{Title}（{Qualifier}）";
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public required string Region { get; init; }
    public required string Department { get; init; }
    /// <summary>中央, 省级, 市级 or 县级, where the source gives it.</summary>
    public string? Level { get; init; }
    /// <summary>The comparison group (content/kinds.yaml) this programme belongs to, if any.</summary>
    public string? Kind { get; init; }
    public IReadOnlyList<string> Categories { get; init; } = [];
    public IReadOnlyList<string> Audiences { get; init; } = [];
    public int? Year { get; init; }
    public IReadOnlyList<BasisCitation> Basis { get; init; } = [];
    /// <summary>What the programme provides, where the source describes it apart from the standard (服务内容).</summary>
    public string? Summary { get; init; }
    public string? Eligibility { get; init; }
    public IReadOnlyList<string> Procedure { get; init; } = [];
    public required string Standard { get; init; }
    public FundingShares? Funding { get; init; }
    public string? PaymentMethod { get; init; }
    public string? PaymentTiming { get; init; }
    public IReadOnlyList<string> Phones { get; init; } = [];
    /// <summary>The 答复要点, read out to callers; null only until an editor writes it.</summary>
    public ProgramAnswer? Answer { get; init; }
    public string? Notes { get; init; }
    public required SourceRef Source { get; init; }
    /// <summary>Editorial judgements made on the source data, kept with the programme so a reader can audit them.</summary>
    public IReadOnlyList<string> Judgements { get; init; } = [];
    /// <summary>Free Markdown after the front matter.</summary>
    public string Body { get; init; } = "";
    /// <summary>Where the file was read from (for messages).</summary>
    public required SourceSpan Origin { get; init; }
}
