using SiteGen.Content;
using SiteGen.Rules.Model;

namespace SiteGen.Rules.Loading;

/// <summary>Reads content/rules/: questions, parameters and calculators, each folder's .yaml files in name order.</summary>
public static class RuleLoader
{
    public const string Folder = "rules";

    /// <summary><paramref name="readFolder"/> reads each .yaml file of a folder under content/ with the loader's containment and encoding checks.</summary>
    public static RuleSet Load(Func<string, Func<string, string, DiagnosticBag, object?>, IReadOnlyList<object>> readFolder)
    {
        var questions = readFolder(Path.Combine(Folder, "questions"), (p, t, d) => Content.Loading.ListFileReader.Read(p, t, d, QuestionReader.Read))
            .Cast<IReadOnlyList<Question>>().SelectMany(q => q).ToList();
        var parameters = readFolder(Path.Combine(Folder, "parameters"), ParameterFileReader.Read)
            .Cast<IReadOnlyList<Parameter>>().SelectMany(p => p).ToList();
        var calculators = readFolder(Path.Combine(Folder, "calculators"), CalculatorReader.Read).Cast<Calculator>().ToList();
        return new RuleSet(questions, parameters, calculators);
    }
}
