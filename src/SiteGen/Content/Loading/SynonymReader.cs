using SiteGen.Content.Model;

namespace SiteGen.Content.Loading;

/// <summary>
/// Reads content/synonyms.txt: one group a line, words separated by commas; '#' starts a comment.
/// The format is Solr's equivalent-synonyms format, familiar to search editors.
/// </summary>
public static class SynonymReader
{
    public static IReadOnlyList<SynonymGroup> Read(string path, string text, DiagnosticBag diagnostics)
    {
        var groups = new List<SynonymGroup>();
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var hash = line.IndexOf('#');
            if (hash >= 0) line = line[..hash];
            if (string.IsNullOrWhiteSpace(line)) continue;
            var where = new SourceSpan(path, i + 1, 1);
            if (line.Contains("=>"))
            {
                diagnostics.Add(where, "one-way rules ('=>') are not supported: list words that mean the same, separated by commas");
                continue;
            }
            var words = line.Split([',', '，'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2)
            {
                diagnostics.Add(where, "a synonym line needs at least two words separated by commas");
                continue;
            }
            groups.Add(new SynonymGroup(words, where));
        }
        return groups;
    }
}
