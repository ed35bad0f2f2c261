using SiteGen.Content.Model;

namespace SiteGen.Content.Loading;

/// <summary>Reads one policy document file (content/documents/*.md).</summary>
public static class DocumentReader
{
    public static PolicyDocument? Read(string path, string text, DiagnosticBag diagnostics)
    {
        var doc = MarkdownRecord.Open(path, text, diagnostics);
        if (doc is null) return null;
        var (map, body) = doc.Value;
        var number = map.RequiredString("number", "the 文号, such as 晋政发〔2014〕35号");
        var document = new PolicyDocument
        {
            Id = map.RequiredId("id", "a short ASCII name; `sitegen import` derives it from the 文号"),
            Number = number,
            Title = map.RequiredString("title", "the document's title"),
            TitleSupplied = map.OptionalBool("title_supplied"),
            TitleNote = map.OptionalString("title_note"),
            Issuer = map.OptionalString("issuer"),
            Date = map.OptionalString("date"),
            Region = map.OptionalString("region"),
            Source = SourceRefReader.Read(map, required: false),
            Body = body,
            Origin = map.Where,
            TitleOrigin = map.WhereOf("title"),
        };
        map.RejectUnknownKeys();
        if (number.Length > 0)
        {
            var parsed = DocNumber.Parse(number);
            if (parsed is null)
                diagnostics.Add(map.WhereOf("number"), $"'{number}' is not a 文号 of the form 发文字〔年份〕序号号");
            else if (parsed.ToString() != number)
                diagnostics.Add(map.WhereOf("number"), $"write the 文号 in its normal form '{parsed}', not '{number}'");
        }
        return document;
    }
}
