using SiteGen.Content;
using SiteGen.Content.Validation;
using SiteGen.Rules.Loading;

namespace SiteGen.Import.Merging;

/// <summary>
/// Calculator parameters (content/rules/parameters/) whose current version cites a seed that seeds/sources.yaml no
/// longer lists: the figure the calculator uses may be last year's. Reported by import so the same update carries them.
/// </summary>
public static class StaleParameters
{
    public static IReadOnlyList<string> Find(string contentDir, IEnumerable<string> currentSeeds)
    {
        var folder = Path.Combine(contentDir, RuleLoader.Folder, "parameters");
        if (!Directory.Exists(folder)) return [];
        // Read with the content loader's own reader; its complaints are check's business, not the import's.
        var ignored = new DiagnosticBag();
        var parameters = Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal)
            .SelectMany(file => ParameterFileReader.Read(ContentPaths.Display(file), File.ReadAllText(file), ignored));
        return ReviewMarks.StaleParameters(parameters, currentSeeds, "seeds/sources.yaml").ToList();
    }
}
