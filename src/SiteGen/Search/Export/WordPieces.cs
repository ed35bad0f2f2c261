namespace SiteGen.Search.Export;

/// <summary>What <see cref="WordPieceWriter"/> wrote: the number of pieces and the longest word and place name in them.</summary>
public sealed record WordPieces(int Count, int WordLength, int PlaceLength);
