using SiteGen.Content;
using SiteGen.Content.Model;

namespace SiteGen.Import.Normalising;

/// <summary>
/// One policy-document record per 文号, however the sources bracket it, titled from the first citation that
/// names it. Full texts imported from document seeds take precedence over citations.
/// </summary>
public sealed class DocumentCollector
{
    private readonly Dictionary<string, PolicyDocument> _byNumber = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    public IReadOnlyList<PolicyDocument> All => _order.Select(n => _byNumber[n]).ToList();

    public void AddCitation(BasisCitation citation)
    {
        if (citation.Document is not { } number || _byNumber.ContainsKey(number)) return;
        Add(new PolicyDocument
        {
            Id = DocNumber.Parse(number)!.Slug,
            Number = number,
            Title = TitleFrom(citation.CitedAs, number),
            Origin = new SourceSpan("documents", 0, 0),
        });
    }

    public void AddFullText(PolicyDocument document)
    {
        if (!_byNumber.ContainsKey(document.Number)) _order.Add(document.Number);
        _byNumber[document.Number] = document;
    }

    private void Add(PolicyDocument document)
    {
        _order.Add(document.Number);
        _byNumber[document.Number] = document;
    }

    /// <summary>The title inside 《》 when the citation has one; otherwise the citation without its 文号 and brackets.</summary>
    public static string TitleFrom(string citedAs, string number)
    {
        var open = citedAs.IndexOf('《');
        var close = citedAs.LastIndexOf('》');
        if (open >= 0 && close > open) return citedAs[(open + 1)..close].Trim();
        var found = DocNumber.FindAll(citedAs).FirstOrDefault();
        var title = found.Length > 0 ? citedAs.Remove(found.Index, found.Length) : citedAs;
        title = title.Trim(' ', '（', '）', '(', ')', '；', ';', '，', ',', '“', '”', '"');
        return title.Length > 0 ? title : number;
    }
}
