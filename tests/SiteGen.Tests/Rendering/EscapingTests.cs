using Scriban;
using SiteGen.Rendering;

namespace SiteGen.Tests.Rendering;

/// <summary>Templates escape what they write unless it is trusted HTML.</summary>
public sealed class EscapingTests
{
    private static string Render(string template, object model)
    {
        var context = new EscapingTemplateContext(Scriban.TemplateContext.GetDefaultBuiltinObject());
        var globals = new Scriban.Runtime.ScriptObject();
        Scriban.Runtime.ScriptObjectExtensions.Import(globals, model);
        context.PushGlobal(globals);
        return Template.Parse(template).Render(context);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("\" onmouseover=\"x", "&quot; onmouseover=&quot;x")]
    [InlineData("A & B", "A &amp; B")]
    public void Values_are_encoded(string value, string expected) =>
        Assert.Equal($"<p title=\"{expected}\">{expected}</p>", Render("<p title=\"{{ v }}\">{{ v }}</p>", new { v = value }));

    [Fact]
    public void Trusted_html_is_written_as_it_is() =>
        Assert.Equal("<b>x</b>", Render("{{ v }}", new { v = new TrustedHtml("<b>x</b>") }));

    [Fact]
    public void Numbers_are_written_in_invariant_form() =>
        Assert.Equal("1234.5", Render("{{ v }}", new { v = 1234.5 }));
}
