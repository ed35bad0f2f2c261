using Scriban;
using Scriban.Runtime;

namespace SiteGen.Rendering;

/// <summary>
/// Renders a page: its own template first, then the layout around it. Templates get the page's model,
/// the site-wide values, and 'rel' to turn a site path into a link relative to the page.
/// </summary>
public sealed class PageRenderer(TemplateSet templates) : IDisposable
{
    // Scriban's built-in functions, made once per rendering thread rather than for every context (two a page).
    private readonly ThreadLocal<ScriptObject> _builtins = new(TemplateContext.GetDefaultBuiltinObject);

    public const string Layout = "layout.html";

    /// <summary>More iterations than any list of a national site needs, so only a runaway loop reaches it.</summary>
    public const int LoopLimit = 10_000_000;

    public string Render(string pagePath, string templateName, object model, object site, object meta)
    {
        var globals = new ScriptObject();
        globals.Import(new { page = model, site, meta, root = RelativeUrl.Root(pagePath) });
        globals.Import("rel", new Func<string, string>(target => RelativeUrl.From(pagePath, target)));
        globals.Import("tel", new Func<string, string>(TelLink.Of));
        // Scriban's own include returns a string, which escaping would turn into visible markup.
        globals.Import("include", new Func<TemplateContext, string, TrustedHtml>(Include));
        var body = RenderOne(templateName, globals);
        globals.SetValue("content", new TrustedHtml(body), readOnly: true);
        return RenderOne(Layout, globals);
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

    private string RenderOne(string name, ScriptObject globals)
    {
        // LimitToString = 0: Scriban would otherwise cut any value over a million characters and append "...", silently.
        var context = new EscapingTemplateContext(_builtins.Value!) { TemplateLoader = templates, StrictVariables = true, LoopLimit = LoopLimit, LimitToString = 0, NewLine = "\n" };
        context.PushGlobal(globals);
        return templates.Get(name).Render(context);
    }

    public void Dispose() => _builtins.Dispose();
}
