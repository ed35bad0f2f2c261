using System.Text.RegularExpressions;
using SiteGen.Import.Writing;

namespace SiteGen.Import.Merging;

/// <summary>
/// Programme files whose id changed only because their number in the list moved (an item was inserted or removed
/// above them): a file the import no longer produces and a new one with the same title and department are one programme.
/// </summary>
public static partial class Renames
{
    public static IReadOnlyList<RenamedFile> Find(string contentDir, ImportManifest manifest, IReadOnlyList<(string Path, string Text)> files, IReadOnlySet<string> produced)
    {
        var programs = Content.ContentLoader.ProgramsFolder + "/";
        // What each existing programme file is (as last imported), and what each path will hold now.
        var old = manifest.Paths.Where(p => p.StartsWith(programs, StringComparison.Ordinal) && File.Exists(Path.Combine(contentDir, p)))
            .Select(p => (Path: p, Key: Key(BaseOrCurrent(contentDir, p)))).Where(g => g.Key is not null).ToList();
        var oldKey = old.ToDictionary(o => o.Path, o => o.Key, StringComparer.Ordinal);
        var now = files.Where(f => f.Path.StartsWith(programs, StringComparison.Ordinal)).Select(f => (f.Path, Key: Key(f.Text))).Where(a => a.Key is not null).ToList();
        var renamed = new List<RenamedFile>();
        foreach (var f in now.Where(f => oldKey.GetValueOrDefault(f.Path) != f.Key))
        {
            // Only an unambiguous match: one old file and one new path with this title and department, and the old
            // path no longer holding this programme.
            var from = old.Where(o => o.Key == f.Key && o.Path != f.Path).ToList();
            if (from.Count == 1 && now.Count(x => x.Key == f.Key) == 1 && now.FirstOrDefault(x => x.Path == from[0].Path).Key != f.Key)
                renamed.Add(new RenamedFile(from[0].Path, f.Path));
        }
        return renamed;
    }

    private static string BaseOrCurrent(string contentDir, string path)
    {
        var basePath = Path.Combine(contentDir, ImportMerge.BaseFolder, path);
        return File.ReadAllText(File.Exists(basePath) ? basePath : Path.Combine(contentDir, path));
    }

    private static string? Key(string text)
    {
        var title = Title().Match(text);
        var department = Department().Match(text);
        return title.Success && department.Success ? $"{title.Groups[1].Value.Trim()}|{department.Groups[1].Value.Trim()}" : null;
    }

    [GeneratedRegex(@"^title: (.+)$", RegexOptions.Multiline)]
    private static partial Regex Title();

    [GeneratedRegex(@"^department: (.+)$", RegexOptions.Multiline)]
    private static partial Regex Department();
}
