using SiteGen.Content.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Content.Loading;

/// <summary>The file being read, the line its YAML starts on, and where its diagnostics go.</summary>
public sealed record FileContext(string Path, int FirstLine, DiagnosticBag Diagnostics)
{
    public SourceSpan Span(YamlNode node) => Span(node.Start);

    public SourceSpan Span(Mark mark) => new(Path, (int)mark.Line + FirstLine - 1, (int)mark.Column);

    public SourceSpan Start => new(Path, FirstLine, 1);

    /// <summary>Parses YAML text; a syntax error becomes a diagnostic and the result is null.</summary>
    public YamlNode? Parse(string yaml)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new YamlLimits(yaml));
            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlLimitException e)
        {
            Diagnostics.Add(Span(e.Where), e.Message);
            return null;
        }
        catch (YamlException e)
        {
            Diagnostics.Add(Span(e.Start), $"YAML syntax error: {e.InnerException?.Message ?? e.Message}");
            return null;
        }
        catch (ArgumentException e)
        {
            // YamlDotNet checks some values (such as tags) as it builds them, outside its own exception type.
            Diagnostics.Add(Start, $"YAML syntax error: {e.Message}");
            return null;
        }
        catch (InvalidOperationException)
        {
            // The scanner gives up without a position on some unterminated constructs; point at the block and name the usual causes.
            Diagnostics.Add(Start, "YAML syntax error: the front matter could not be read; look for an unclosed [ or {, or a quote that does not end");
            return null;
        }
    }
}
