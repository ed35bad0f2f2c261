namespace SiteGen.Content.Model;

/// <summary>An office in one region, with the canonical type that lets the same kind of office be compared across regions.</summary>
public sealed record Department(string Id, string Name, string Region, string Type, SourceSpan Origin);
