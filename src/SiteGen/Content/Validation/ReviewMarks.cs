using SiteGen.Content.Model;

namespace SiteGen.Content.Validation;

/// <summary>
/// What a re-import leaves for the editor to review, reported by every check and build as warnings (the site is still
/// correct, but something may be last year's): judgements marked because they cite line numbers of a seed the
/// programme no longer comes from, and calculator parameters whose current version cites a seed no longer listed.
/// </summary>
public static class ReviewMarks
{
    /// <summary>Put before a judgement by import when the programme's source file changed; the editor removes it after review.</summary>
    public const string StaleJudgement = "【待复核：行号指旧来源】";

    public static IEnumerable<string> Find(ContentSet content)
    {
        foreach (var p in content.Programs)
            foreach (var j in p.Judgements.Where(j => j.Contains(StaleJudgement, StringComparison.Ordinal)))
                yield return $"{p.Origin.Path}: judgement \"{Excerpt.OneLine(j, 40)}\" cites line numbers of the seed this programme came from before; check it against {p.Source.File} and remove {StaleJudgement}";
        foreach (var line in StaleParameters(content.Rules.Parameters, content.Sources.Select(s => s.File), "content/sources.yaml"))
            yield return line;
    }

    /// <summary>
    /// Parameters whose current version cites a seed that <paramref name="listing"/> no longer lists, one line per parameter
    /// file and seed: the calculators may still use last year's figure. Import reports the same lines for its own listing.
    /// </summary>
    public static IEnumerable<string> StaleParameters(IEnumerable<Rules.Model.Parameter> parameters, IEnumerable<string> listedSeeds, string listing)
    {
        var listed = listedSeeds.ToHashSet(StringComparer.Ordinal);
        foreach (var group in parameters.Where(p => !listed.Contains(p.Current.Source.File)).GroupBy(p => (p.Origin.Path, p.Current.Source.File)))
        {
            var names = group.Select(p => p.Name).ToList();
            yield return $"{group.First().Origin}: {names.Count} parameter(s) cite {group.Key.File}, which {listing} no longer lists " +
                $"({string.Join(", ", names.Take(6))}{(names.Count > 6 ? ", …" : "")}): add their new versions from the new list (docs/RULES.md, \"When next year's standard changes\")";
        }
    }
}
