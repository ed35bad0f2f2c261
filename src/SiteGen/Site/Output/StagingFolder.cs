namespace SiteGen.Site.Output;

/// <summary>
/// Builds into a fresh folder beside the output and swaps it in only when the whole build succeeded,
/// so a failed build leaves the previous site exactly as it was.
/// </summary>
public sealed class StagingFolder : IDisposable
{
    private readonly string _target;
    private bool _committed;

    public StagingFolder(string target)
    {
        _target = Path.GetFullPath(target);
        Root = _target.TrimEnd(Path.DirectorySeparatorChar) + ".staging";
        if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string Combine(string sitePath)
    {
        var full = System.IO.Path.Combine(Root, sitePath.Replace('/', System.IO.Path.DirectorySeparatorChar));
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        return full;
    }

    public void Commit()
    {
        var previous = _target.TrimEnd(System.IO.Path.DirectorySeparatorChar) + ".previous";
        if (Directory.Exists(previous)) Directory.Delete(previous, recursive: true);
        if (Directory.Exists(_target)) Directory.Move(_target, previous);
        Directory.Move(Root, _target);
        if (Directory.Exists(previous)) Directory.Delete(previous, recursive: true);
        _committed = true;
    }

    public void Dispose()
    {
        if (!_committed && Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
    }
}
