namespace SiteGen.Search.Analysis;

/// <summary>
/// A token found by a <see cref="ListTokenizer"/>: a slice of the folded input with its type, or, when
/// <paramref name="Text"/> is given, that text (pinyin joined across the spaces typed between syllables).
/// </summary>
public readonly record struct PlainToken(int Start, int Length, string Type, string? Text = null);
