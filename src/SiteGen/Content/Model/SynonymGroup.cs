namespace SiteGen.Content.Model;

/// <summary>Words that mean the same to a reader (content/synonyms.txt), used by search.</summary>
public sealed record SynonymGroup(IReadOnlyList<string> Words, SourceSpan Origin);
