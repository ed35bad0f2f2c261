namespace SiteGen.Site.Model;

/// <summary>Where each kind of page lives, relative to the site root. The one place that knows the address scheme.</summary>
public static class SitePaths
{
    public const string Home = "index.html";
    public const string Search = "search/index.html";
    public const string AllPrograms = "programs/index.html";
    public const string Hotlines = "hotlines/index.html";
    public const string Regions = "regions/index.html";
    public const string DepartmentTypes = "department-types/index.html";
    public const string Documents = "documents/index.html";
    public const string Audiences = "audiences/index.html";
    public const string Categories = "categories/index.html";
    public const string Comparisons = "compare/index.html";
    public const string Calculators = "calculators/index.html";
    public const string Finder = "finder/index.html";
    public const string NotFound = "404.html";
    public const string Stylesheet = "assets/site.css";

    public static string Program(string id) => $"programs/{id}/index.html";
    public static string Region(string id) => $"regions/{id}/index.html";
    public static string Department(string id) => $"departments/{id}/index.html";
    public static string DepartmentType(string id) => $"department-types/{id}/index.html";
    public static string Document(string id) => $"documents/{id}/index.html";
    public static string Audience(string id) => $"audiences/{id}/index.html";
    public static string Category(string id) => $"categories/{id}/index.html";
    public static string Comparison(string id) => $"compare/{id}/index.html";
}
