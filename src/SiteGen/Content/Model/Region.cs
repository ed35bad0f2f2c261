namespace SiteGen.Content.Model;

/// <summary>A node of the region tree: the province, a city, or a county or district.</summary>
public sealed record Region(string Id, string Name, string? Parent, string Level, SourceSpan Origin);
