using System.Net;
using Scriban;
using Scriban.Parsing;

namespace SiteGen.Rendering;

/// <summary>
/// A template context that HTML-encodes every value a template writes, so an editor's text can never
/// become markup by accident. Only <see cref="TrustedHtml"/> is written as it is.
/// </summary>
public sealed class EscapingTemplateContext(Scriban.Runtime.ScriptObject builtins) : TemplateContext(builtins)
{
    public override TemplateContext Write(SourceSpan span, object? textAsObject) =>
        textAsObject switch
        {
            null => this,
            TrustedHtml html => base.Write(span, html.Value),
            _ => base.Write(span, WebUtility.HtmlEncode(ObjectToString(textAsObject))),
        };

    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) =>
        ValueTask.FromResult(Write(span, textAsObject));
}
