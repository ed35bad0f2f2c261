using System.Collections.Concurrent;
using Scriban;
using Scriban.Runtime;

namespace SiteGen.Rendering;

/// <summary>
/// Renders a page: its own template first, then the layout around it. Templates get the page's model,
/// the site-wide values, and 'rel' to turn a site path into a link relative to the page.
/// </summary>
public sealed class PageRenderer(TemplateSet templates)
{
    // Scriban's built-in functions are made once per concurrent render rather than for every context (two a page). A pool,
    // not one per thread, so a renderer the preview server keeps between requests needs no disposing.
    private readonly ConcurrentBag<ScriptObject> _builtins = [];

    private static readonly TemplateFunction Tel = new("tel", (_, number) => TelLink.Of(number));

    public const string Layout = "layout.html";

    /// <summary>More iterations than any list of a national site needs, so only a runaway loop reaches it.</summary>
    public const int LoopLimit = 10_000_000;

    public string Render(string pagePath, string templateName, object model, object site, object meta)
    {
        var globals = new ScriptObject
        {
            ["page"] = model,
            ["site"] = site,
            ["meta"] = meta,
            ["root"] = RelativeUrl.Root(pagePath),
            ["rel"] = new TemplateFunction("rel", (_, target) => RelativeUrl.From(pagePath, target)),
            ["tel"] = Tel,
            // Scriban's own include returns a string, which escaping would turn into visible markup.
            ["include"] = new TemplateFunction("include", Include),
        };
        var builtins = _builtins.TryTake(out var idle) ? idle : TemplateContext.GetDefaultBuiltinObject();
        try
        {
            var body = RenderOne(templateName, globals, builtins);
            globals.SetValue("content", new TrustedHtml(body), readOnly: true);
            return RenderOne(Layout, globals, builtins);
        }
        finally
        {
            _builtins.Add(builtins);
        }
    }

    private TrustedHtml Include(TemplateContext context, string name)
    {
        context.PushOutput();
        try
        {
            context.Evaluate(templates.Get(name, context.CurrentNode?.Span).Page!);
            return new TrustedHtml(context.Output.ToString() ?? "");
        }
        finally
        {
            context.PopOutput();
        }
    }

    private string RenderOne(string name, ScriptObject globals, ScriptObject builtins)
    {
        // LimitToString = 0: Scriban would otherwise cut any value over a million characters and append "...", silently.
        var context = new EscapingTemplateContext(builtins) { TemplateLoader = templates, StrictVariables = true, LoopLimit = LoopLimit, LimitToString = 0, NewLine = "\n" };
        context.PushGlobal(globals);
        return templates.Get(name).Render(context);
    }
}
