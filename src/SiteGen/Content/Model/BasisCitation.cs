namespace SiteGen.Content.Model;

/// <summary>A policy basis as the source cites it, with the 文号 of the cited document when it has one.</summary>
public sealed record BasisCitation(string CitedAs, string? Document);
