namespace SiteGen.Site.Pages;

/// <summary>Every kind of page the site has, in the order they are made.</summary>
public static class PageGenerators
{
    public static IReadOnlyList<IPageGenerator> All() =>
    [
        new HomePageGenerator(),
        new ProgramPageGenerator(),
        new ProgramListPageGenerator(),
        new RegionPageGenerator(),
        new DepartmentPageGenerator(),
        new DepartmentTypePageGenerator(),
        new DocumentPageGenerator(),
        new AudiencePageGenerator(),
        new CategoryPageGenerator(),
        new ComparisonPageGenerator(),
        new HotlinePageGenerator(),
        new SearchPageGenerator(),
        new CalculatorListPageGenerator(),
        new FinderPageGenerator(),
        new NotFoundPageGenerator(),
    ];
}
