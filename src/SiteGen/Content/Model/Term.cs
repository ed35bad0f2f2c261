namespace SiteGen.Content.Model;

/// <summary>An entry of a small vocabulary file: department types, categories, audiences and programme kinds.</summary>
public sealed record Term(string Id, string Name, string? Description, SourceSpan Origin)
{
    /// <summary>The charts of a programme kind's comparison page (content/kinds.yaml only); empty for other vocabularies.</summary>
    public IReadOnlyList<ChartSpec> Charts { get; init; } = [];
}
