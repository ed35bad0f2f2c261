namespace SiteGen.Search.Querying;

/// <summary>One result: what an operator needs to answer a caller. <see cref="Url"/> is relative to the site root.</summary>
public sealed record SearchHit(
    string Id,
    string Title,
    string Region,
    string Department,
    string Url,
    double Score,
    string Standard,
    string Phone);
