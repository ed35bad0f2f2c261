using System.CommandLine;

namespace SiteGen.Cli;

/// <summary>Options several verbs share, with their defaults relative to the project's root.</summary>
public static class CommonOptions
{
    public static readonly Option<bool> Quiet = new("--quiet", "-q") { Description = "Print only errors (for scripts)", Recursive = true };

    public static Option<string> Content() => new("--content") { Description = "The content folder", DefaultValueFactory = _ => "content" };
    public static Option<string> Templates() => new("--templates") { Description = "The templates folder", DefaultValueFactory = _ => "templates" };
    public static Option<string> Seeds() => new("--seeds") { Description = "The folder of published sources", DefaultValueFactory = _ => "seeds" };
    public static Option<string> Out() => new("--out") { Description = "Where the site is written", DefaultValueFactory = _ => "_site" };
}
