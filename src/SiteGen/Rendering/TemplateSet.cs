using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace SiteGen.Rendering;

/// <summary>The Scriban templates of a templates folder, parsed once; missing or broken templates are reported with their position.</summary>
public sealed class TemplateSet : ITemplateLoader
{
    private readonly string _dir;
    private readonly Dictionary<string, Template> _parsed = new(StringComparer.Ordinal);

    public TemplateSet(string dir) => _dir = dir;

    public string Folder => _dir;

    public Template Get(string name)
    {
        if (_parsed.TryGetValue(name, out var cached)) return cached;
        var path = Path.Combine(_dir, name);
        if (!File.Exists(path)) throw new TemplateException($"{Content.ContentPaths.Display(path)}: template not found");
        var template = Template.Parse(File.ReadAllText(path), path);
        if (template.HasErrors)
            throw new TemplateException(string.Join("\n", template.Messages.Select(m => $"{Content.ContentPaths.Display(path)}:{m.Span.Start.Line + 1}:{m.Span.Start.Column + 1}: {m.Message}")));
        _parsed[name] = template;
        return template;
    }

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => Path.Combine(_dir, templateName);

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => File.ReadAllText(templatePath);

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}

public sealed class TemplateException(string message) : Exception(message);
