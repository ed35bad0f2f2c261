namespace SiteGen.Site.Output;

/// <summary>
/// A fresh folder beside the output that a build writes into; it replaces the output only when the whole build
/// succeeded, so a failed build leaves the previous site exactly as it was. Nothing can be written outside it.
/// </summary>
public sealed class StagingFolder : IDisposable
{
    private readonly OutputFolder _output;
    private readonly Action<string> _warn;
    private bool _committed;
    // Folders already made: a site of many pages would otherwise ask the file system once per file.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _made = new(StringComparer.Ordinal);

    public StagingFolder(OutputFolder output, Action<string> warn)
    {
        _output = output;
        _warn = warn;
        Root = output.NewStagingPath();
        Directory.CreateDirectory(Root);
        File.WriteAllText(Path.Combine(Root, OutputFolder.MarkerName), OutputFolder.MarkerText, SiteFiles.Utf8);
    }

    public string Root { get; }

    /// <summary>The file for a site path, with its folder created; a path that would leave the staging folder is refused.</summary>
    public string Combine(string sitePath)
    {
        // The staging folder is new and holds no links, so a lexical check is enough here.
        var full = Path.GetFullPath(Path.Combine(Root, sitePath.Replace('/', Path.DirectorySeparatorChar)));
        if (!full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new BuildException([$"refused to write '{sitePath}': the path leaves the output folder"]);
        var folder = Path.GetDirectoryName(full)!;
        // Recorded only once made, so a thread that finds it recorded can write into it.
        if (!_made.ContainsKey(folder))
        {
            Directory.CreateDirectory(folder);
            _made.TryAdd(folder, true);
        }
        return full;
    }

    public void Commit()
    {
        var old = FolderSwap.Replace(_output, Root);
        _committed = true;
        if (old is not null) OutputFolder.RemoveQuietly(old, _warn);
    }

    public void Dispose()
    {
        if (!_committed) OutputFolder.RemoveQuietly(Root, _warn);
    }
}
