namespace SiteGen.Search.Indexing;

/// <summary>An indexed field and the weight its matches get at query time.</summary>
public sealed record SearchField(string Name, float Boost);
