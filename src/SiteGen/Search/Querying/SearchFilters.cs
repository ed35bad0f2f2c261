namespace SiteGen.Search.Querying;

/// <summary>
/// Optional restrictions, by id: a region (the programme's region is it, lies within it or lies
/// above it: a caller in 潞州区 is covered by 长治市's programmes), a
/// department type, an audience. Filters never change scores, only which hits are kept.
/// </summary>
public sealed record SearchFilters(string? Region = null, string? DepartmentType = null, string? Audience = null)
{
    public static SearchFilters None { get; } = new();
}
