using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using SiteGen.Content.Loading;
using SiteGen.FileSystem;

namespace SiteGen.Rendering;

/// <summary>
/// The Scriban templates of a templates folder, parsed once; missing or broken templates are reported with their position.
/// Only files inside the folder can be templates, so an include cannot publish a file from elsewhere.
/// </summary>
public sealed class TemplateSet : ITemplateLoader
{
    private readonly string _dir;
    // Shared by the threads that render pages; a parsed template is only read once made.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Template> _parsed = new(StringComparer.Ordinal);

    // Kept by a process that builds again and again, so a template whose text is unchanged is not parsed again.
    private readonly ParsedFileCache? _earlier;

    public TemplateSet(string dir, ParsedFileCache? earlier = null)
    {
        _dir = dir;
        _earlier = earlier;
    }

    public string Folder => _dir;

    /// <summary>The template called <paramref name="name"/>; <paramref name="caller"/> is where an include asked for it.</summary>
    public Template Get(string name, SourceSpan? caller = null)
    {
        if (_parsed.TryGetValue(name, out var cached)) return cached;
        var path = Resolve(name, caller);
        if (!File.Exists(path)) throw Problem(caller, $"{Content.ContentPaths.Display(path)}: template not found");
        var text = File.ReadAllText(path);
        var template = _earlier is null ? Template.Parse(text, path) : _earlier.Read(path, text, new Content.DiagnosticBag(), _ => Template.Parse(text, path))!;
        if (template.HasErrors)
            throw new TemplateException(string.Join("\n", template.Messages.Select(m => $"{Content.ContentPaths.Display(path)}:{m.Span.Start.Line + 1}:{m.Span.Start.Column + 1}: {m.Message}")));
        _parsed[name] = template;
        return template;
    }

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => Resolve(templateName, callerSpan);

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => File.ReadAllText(Resolve(templatePath, callerSpan));

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));

    private string Resolve(string name, SourceSpan? caller) =>
        ContainedPath.Resolve(_dir, name)
        ?? throw Problem(caller, $"'{name}' is outside the templates folder ({Content.ContentPaths.Display(_dir)}); a template can only include files inside it");

    private static Exception Problem(SourceSpan? caller, string message) =>
        caller is { } span ? new ScriptRuntimeException(span, message) : new TemplateException(message);
}

public sealed class TemplateException(string message) : Exception(message);
