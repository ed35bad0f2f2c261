namespace SiteGen.Search.Analysis;

/// <summary>A token found by a <see cref="ListTokenizer"/>: a slice of the folded input with its type.</summary>
public readonly record struct PlainToken(int Start, int Length, string Type);
