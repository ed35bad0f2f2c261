using SiteGen.Cli;

namespace SiteGen.Tests.Support;

/// <summary>A private copy of a content fixture, its seeds and an output folder, for tests that change or build it.</summary>
public sealed class TempSite : IDisposable
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "sitegen-test-" + Guid.NewGuid().ToString("N"));
    public string Content => Path.Combine(Root, "content");
    public string Seeds => Path.Combine(Root, "seeds");
    public string Out => Path.Combine(Root, "_site");
    public string Templates { get; private set; } = Repo.Templates;

    public TempSite(string? fixture = null)
    {
        var from = fixture ?? Repo.MiniSite;
        Copy(Path.Combine(from, "content"), Content);
        Copy(Path.Combine(from, "seeds"), Seeds);
    }

    /// <summary>Replaces text in a content file; the test fails if the text is not there, so a fixture change cannot silently void a test.</summary>
    public void Edit(string relativePath, string find, string replace)
    {
        var path = Path.Combine(Content, relativePath);
        var text = File.ReadAllText(path);
        Assert.Contains(find, text);
        File.WriteAllText(path, text.Replace(find, replace));
    }

    public void Write(string relativePath, string text)
    {
        var path = Path.Combine(Content, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>Uses a private copy of the templates, so a test can break one.</summary>
    public string OwnTemplates()
    {
        Templates = Path.Combine(Root, "templates");
        Copy(Repo.Templates, Templates);
        return Templates;
    }

    public CliResult Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CommandLine.Run(args, stdout, stderr);
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }

    public CliResult Build(string? outDir = null, params string[] extra) =>
        Run(["build", "--content", Content, "--seeds", Seeds, "--templates", Templates, "--out", outDir ?? Out, "--quiet", .. extra]);

    public CliResult Check() => Run("check", "--content", Content, "--seeds", Seeds, "--templates", Templates, "--quiet");

    public string Page(string sitePath) => File.ReadAllText(Path.Combine(Out, sitePath));

    public void Dispose()
    {
        if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
    }

    public static void Copy(string from, string to)
    {
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)), overwrite: true);
    }
}

public sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Asserts a content error (exit 1) whose message line contains <paramref name="message"/> and <paramref name="where"/>.</summary>
    public void AssertContentError(string where, string message)
    {
        Assert.True(ExitCode == 1, $"exit {ExitCode}, expected 1:\n{Stderr}");
        var line = Stderr.Split('\n').FirstOrDefault(l => l.Contains(message, StringComparison.Ordinal));
        Assert.True(line is not null, $"expected '{message}' in:\n{Stderr}");
        Assert.True(line!.Contains(where, StringComparison.Ordinal), $"expected at '{where}': {line}");
    }
}
