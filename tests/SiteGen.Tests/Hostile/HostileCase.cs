using System.Text;
using System.Text.RegularExpressions;
using SiteGen.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Tests.Hostile;

/// <summary>
/// One case of the corpus in tests/hostile/: a change to a copy of a site (content, templates or seeds), the verb
/// to run, and what must come of it. Kept as data so a new case needs no code.
/// </summary>
public sealed partial record HostileCase(
    string Name, string What, string Fixture, string Verb, IReadOnlyList<string> Args, IReadOnlyList<HostileCase.Change> Changes,
    IReadOnlyList<int> Exit, string? Message, string? Where, bool Unchanged)
{
    /// <summary>One change to the copy: replace text, write a file (text or hex bytes), append, link or delete.</summary>
    public sealed record Change(string Kind, string File, string? Find, string? Text, string? Target);

    public static string Folder => Path.Combine(Repo.Root, "tests", "hostile");

    public static IEnumerable<string> Names() =>
        Directory.EnumerateFiles(Folder, "*.yaml").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal);

    public static IEnumerable<HostileCase> All() => Names().SelectMany(Load);

    /// <summary>A corpus file holds a list of cases; each gets the file's name and its position as its name.</summary>
    public static IEnumerable<HostileCase> Load(string file)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(System.IO.File.ReadAllText(Path.Combine(Folder, file + ".yaml"))));
        var cases = (YamlSequenceNode)((YamlMappingNode)stream.Documents[0].RootNode)["cases"];
        var i = 0;
        foreach (YamlMappingNode node in cases)
        {
            i++;
            var fixture = Scalar(node, "fixture") ?? "mini";
            yield return new HostileCase(
                $"{file}#{i}", Scalar(node, "what") ?? throw new InvalidDataException($"{file} case {i} says not what it is"), fixture,
                Scalar(node, "verb") ?? "build",
                Sequence(node, "args").Select(Expand).ToList(),
                Sequence(node, "changes", n => n).Select(c => ReadChange((YamlMappingNode)c)).ToList(),
                (Scalar(node, "exit") ?? "1").Split('|').Select(e => int.Parse(e, System.Globalization.CultureInfo.InvariantCulture)).ToList(),
                Scalar(node, "message"), Scalar(node, "where"), Scalar(node, "unchanged") != "false");
        }
    }

    private static Change ReadChange(YamlMappingNode node)
    {
        foreach (var kind in new[] { "replace", "write", "write-hex", "append", "append-hex", "link", "delete", "mkdir" })
        {
            if (Scalar(node, kind) is not { } file) continue;
            return new Change(kind, file, Scalar(node, "find"), Scalar(node, "text") is { } t ? Expand(t) : null, Scalar(node, "to"));
        }
        throw new InvalidDataException("a change must be one of replace, write, write-hex, append, append-hex, link, delete, mkdir");
    }

    /// <summary>Applies the changes to a copy whose root is <paramref name="root"/>.</summary>
    public void Apply(string root)
    {
        foreach (var c in Changes)
        {
            var path = Path.Combine(root, c.File);
            switch (c.Kind)
            {
                case "replace":
                    var text = System.IO.File.ReadAllText(path);
                    Assert.True(text.Contains(c.Find!, StringComparison.Ordinal), $"{Name}: '{c.Find}' is not in {c.File}");
                    System.IO.File.WriteAllText(path, text.Replace(c.Find!, c.Text, StringComparison.Ordinal));
                    break;
                case "write":
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    System.IO.File.WriteAllText(path, c.Text);
                    break;
                case "write-hex":
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    System.IO.File.WriteAllBytes(path, Convert.FromHexString(c.Text!.Replace(" ", "")));
                    break;
                case "append":
                    System.IO.File.AppendAllText(path, c.Text);
                    break;
                case "append-hex":
                    using (var stream = System.IO.File.Open(path, FileMode.Append)) stream.Write(Convert.FromHexString(c.Text!.Replace(" ", "")));
                    break;
                case "link":
                    if (System.IO.File.Exists(path)) System.IO.File.Delete(path);
                    var target = c.Target!.StartsWith('/') ? c.Target : Path.Combine(root, c.Target);
                    if (Directory.Exists(target)) Directory.CreateSymbolicLink(path, target);
                    else System.IO.File.CreateSymbolicLink(path, target);
                    break;
                case "delete":
                    System.IO.File.Delete(path);
                    break;
                case "mkdir":
                    Directory.CreateDirectory(path);
                    break;
            }
        }
    }

    /// <summary>
    /// The command line: the verb with the copy's folders, then the case's own arguments. With verb "raw" the arguments
    /// are the whole command line; {root}, {content}, {seeds}, {templates} and {out} stand for the copy's folders.
    /// </summary>
    public string[] CommandLine(TempSite site)
    {
        var args = Args.Select(a => a.Replace("{root}", site.Root, StringComparison.Ordinal).Replace("{content}", site.Content, StringComparison.Ordinal)
            .Replace("{seeds}", site.Seeds, StringComparison.Ordinal).Replace("{templates}", site.Templates, StringComparison.Ordinal)
            .Replace("{out}", site.Out, StringComparison.Ordinal)).ToArray();
        if (Verb == "raw") return args;
        string[] folders = Verb switch
        {
            "build" => ["--content", site.Content, "--seeds", site.Seeds, "--templates", site.Templates, "--out", site.Out, "--quiet"],
            "check" => ["--content", site.Content, "--seeds", site.Seeds, "--templates", site.Templates, "--quiet"],
            "import" => ["--seeds", site.Seeds, "--content", site.Content, "--quiet"],
            "search" => ["--content", site.Content, "--index", Path.Combine(site.Root, "search-index")],
            _ => [],
        };
        return [Verb, .. args, .. folders];
    }

    public override string ToString() => Name;

    /// <summary>"${repeat:N:TEXT}" stands for TEXT written N times, so a case can hold a huge input in one line.</summary>
    private static string Expand(string text) =>
        RepeatToken().Replace(text, m => new StringBuilder().Insert(0, m.Groups[2].Value, int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToString());

    [GeneratedRegex(@"\$\{repeat:(\d+):(.*?)\}")]
    private static partial Regex RepeatToken();

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode s ? s.Value : null;

    private static IEnumerable<string> Sequence(YamlMappingNode node, string key) =>
        Sequence(node, key, n => ((YamlScalarNode)n).Value!);

    private static IEnumerable<T> Sequence<T>(YamlMappingNode node, string key, Func<YamlNode, T> read) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlSequenceNode seq ? seq.Select(read) : [];
}
