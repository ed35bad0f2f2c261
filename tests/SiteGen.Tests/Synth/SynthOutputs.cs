using SiteGen.Cli;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Synth;

/// <summary>Synthetic content folders written once for the tests of a class: seed 1 twice, seed 2 once, all of <see cref="Programmes"/> programmes.</summary>
public sealed class SynthOutputs : IDisposable
{
    public const int Programmes = 300;

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "sitegen-synth-test-" + Guid.NewGuid().ToString("N"));
    public string First => Path.Combine(Root, "first");
    public string Again => Path.Combine(Root, "again");
    public string OtherSeed => Path.Combine(Root, "other-seed");

    public SynthOutputs()
    {
        Synth(First, 1);
        Synth(Again, 1);
        Synth(OtherSeed, 2);
    }

    private static void Synth(string outDir, int seed)
    {
        var result = Run("synth", "--from", Repo.Content, "--out", outDir, "--programs", $"{Programmes}", "--seed", $"{seed}", "--quiet");
        Assert.True(result.ExitCode == 0, result.Stderr);
    }

    public static CliResult Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CommandLine.Run(args, stdout, stderr);
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }

    public void Dispose()
    {
        if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
    }
}
