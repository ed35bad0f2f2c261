using YamlDotNet.RepresentationModel;

namespace SiteGen.Import.Merging;

/// <summary>
/// Calculator parameters (content/rules/parameters/) whose current version cites a seed that seeds/sources.yaml no
/// longer lists: the figure the calculator uses may be last year's. Reported by import so the same update carries them.
/// </summary>
public static class StaleParameters
{
    public static IReadOnlyList<string> Find(string contentDir, IEnumerable<string> currentSeeds)
    {
        var listed = currentSeeds.ToHashSet(StringComparer.Ordinal);
        var folder = Path.Combine(contentDir, "rules", "parameters");
        if (!Directory.Exists(folder)) return [];
        var found = new List<string>();
        var byFile = new List<(string File, string Seed, int Line, string Name)>();
        foreach (var file in Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            var stream = new YamlStream();
            try { stream.Load(new StringReader(File.ReadAllText(file))); }
            catch (YamlDotNet.Core.YamlException) { continue; }
            if (stream.Documents.FirstOrDefault()?.RootNode is not YamlMappingNode root || !root.Children.TryGetValue("parameters", out var node) || node is not YamlMappingNode parameters) continue;
            foreach (var (name, value) in parameters.Children)
            {
                if (value is not YamlMappingNode p || !p.Children.TryGetValue("source", out var s) || s is not YamlMappingNode source) continue;
                if (!source.Children.TryGetValue("file", out var f) || f is not YamlScalarNode { Value: { } seed } || listed.Contains(seed)) continue;
                byFile.Add((Path.GetFileName(file), seed, (int)name.Start.Line, name.ToString()));
            }
        }
        foreach (var group in byFile.GroupBy(p => (p.File, p.Seed)))
        {
            var names = group.Select(p => p.Name).ToList();
            found.Add($"content/rules/parameters/{group.Key.File}:{group.First().Line}: {names.Count} parameter(s) cite {group.Key.Seed}, which seeds/sources.yaml no longer lists " +
                $"({string.Join(", ", names.Take(6))}{(names.Count > 6 ? ", …" : "")}): add their new versions from the new list (docs/RULES.md, \"When next year's standard changes\")");
        }
        return found;
    }
}
