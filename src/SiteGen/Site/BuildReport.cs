namespace SiteGen.Site;

/// <summary>What a build made.</summary>
public sealed record BuildReport(int Pages, int Programs, int Files);

/// <summary>A build stopped by problems in the content or the output; the previous site is untouched.</summary>
public sealed class BuildException(IReadOnlyList<string> problems) : Exception($"{problems.Count} problem(s)")
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
