namespace SiteGen.Search.Querying;

/// <summary>
/// The documents a query ranks first (<see cref="Docs"/>, at most the number asked for), how many results it has in
/// all, and how many of them are close matches; those come first, so a document is close when its position is below
/// <see cref="CloseCount"/>.
/// </summary>
public sealed record Ranking(IReadOnlyList<int> Docs, int Count, int CloseCount);
