namespace SiteGen.Content.Model;

/// <summary>
/// One chart a comparison page draws, as written under a kind's <c>charts:</c> in content/kinds.yaml: its label, the period
/// every amount is normalised to (月 or 年), and the calculator parameters it shows, each named with its region.
/// </summary>
public sealed record ChartSpec(string Label, string Period, IReadOnlyList<ChartReference> Parameters, SourceSpan Origin)
{
    public SourceSpan PeriodAt { get; init; } = Origin;
}

/// <summary>A parameter of content/rules/parameters/ by its region and name, and where the chart names it.</summary>
public sealed record ChartReference(string Region, string Name, SourceSpan RegionAt, SourceSpan NameAt);
