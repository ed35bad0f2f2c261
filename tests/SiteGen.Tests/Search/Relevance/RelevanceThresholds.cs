namespace SiteGen.Tests.Search.Relevance;

/// <summary>The bar both search paths must clear on a question set.</summary>
public static class RelevanceThresholds
{
    public const double Mrr10 = 0.8;
    public const double Recall5 = 0.85;
    public const double ZeroResultRate = 0.05;
}
