namespace SiteGen.Search.Export;

/// <summary>
/// The numbers search.js needs to name the pieces a query loads: how many programmes there are, how many postings (heads and tails), word and pinyin pieces there are, and the longest word,
/// place name and pinyin form (the maximum-matching windows, which the loaded pieces alone cannot tell).
/// </summary>
public sealed record IndexLayout(int Programmes, int ShardCount, int TailCount, int TailBlock, WordPieces Words, PinyinPieces Pinyin);
