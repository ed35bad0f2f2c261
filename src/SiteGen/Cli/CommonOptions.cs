using System.CommandLine;
using SiteGen.Site;

namespace SiteGen.Cli;

/// <summary>Options several verbs share, with their defaults relative to the project's root.</summary>
public static class CommonOptions
{
    public static readonly Option<bool> Quiet = new("--quiet", "-q") { Description = "Print only errors (for scripts)", Recursive = true };

    public static Option<string> Content() => new("--content") { Description = "The content folder", DefaultValueFactory = _ => "content" };
    public static Option<string> Seeds() => new("--seeds") { Description = "The folder of published sources", DefaultValueFactory = _ => "seeds" };
}

/// <summary>The folders a build reads and writes: the options of 'build', 'check' and 'serve'.</summary>
public sealed class SiteFolderOptions
{
    private readonly Option<string> _content = CommonOptions.Content();
    private readonly Option<string> _templates = new("--templates") { Description = "The templates folder", DefaultValueFactory = _ => "templates" };
    private readonly Option<string> _seeds = CommonOptions.Seeds();
    private readonly Option<string>? _out;

    public SiteFolderOptions(Command command, bool withOutput)
    {
        command.Options.Add(_content);
        command.Options.Add(_templates);
        command.Options.Add(_seeds);
        if (!withOutput) return;
        _out = new Option<string>("--out") { Description = "Where the site is written", DefaultValueFactory = _ => "_site" };
        command.Options.Add(_out);
    }

    /// <summary>The build options from a parsed command line; the output folder defaults to <paramref name="outDir"/> for verbs without --out.</summary>
    public BuildOptions Read(ParseResult parse, string? outDir = null, string? baseUrl = null, string? epoch = null) => new(
        parse.GetValue(_content)!, parse.GetValue(_templates)!, parse.GetValue(_seeds)!,
        _out is null ? outDir! : parse.GetValue(_out)!, baseUrl,
        epoch ?? Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"));
}
