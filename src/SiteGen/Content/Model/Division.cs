namespace SiteGen.Content.Model;

/// <summary>
/// One row of the published division table (content/places/divisions.csv): a province, a city, or a county or
/// district. <paramref name="Parent"/> is the parent's code, not an id; <paramref name="Origin"/> is its line.
/// </summary>
public sealed record Division(string Code, string Id, string Name, string? Parent, string Level, SourceSpan Origin);
