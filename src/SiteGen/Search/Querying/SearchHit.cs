namespace SiteGen.Search.Querying;

/// <summary>
/// One result: what an operator needs to answer a caller. <see cref="Url"/> is relative to the site root;
/// <see cref="Close"/> is false for a weaker match, listed apart after the close ones (<see cref="Ranker.Close"/>).
/// </summary>
public sealed record SearchHit(
    string Id,
    string Title,
    string Region,
    string Department,
    string Url,
    double Score,
    string Standard,
    string Phone,
    bool Close);
