namespace SiteGen.Rules.Finder;

/// <summary>One rule the person may qualify for, almost qualifies for, or needs more answers for.</summary>
public sealed record FinderEntry(string Calculator, string Status, string? Amount, string? Unit, string? Period,
    IReadOnlyList<string> Failed, IReadOnlyList<string> Needs, IReadOnlyList<string> Programs)
{
    public const string Likely = "likely", Unknown = "unknown", Near = "near";
}

/// <summary>What the finder found for one person: their region chain, the questions that matter there, and the entries.</summary>
public sealed record FinderResult(IReadOnlyList<string> Regions, IReadOnlyList<string> Questions, IReadOnlyList<FinderEntry> Results);
