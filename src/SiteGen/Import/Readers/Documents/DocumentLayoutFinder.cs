using System.Globalization;
using SiteGen.Import.Readers.Tabular;
using SiteGen.Import.Sources;

namespace SiteGen.Import.Readers.Documents;

/// <summary>
/// Locates a document's front matter and body. The body runs from after the 文号 (and title, when the text has one)
/// up to the first of: an annex caption, a table, the 版记, or the signature above the date.
/// </summary>
internal sealed class DocumentLayoutFinder
{
    public DocumentLayout Find(SeedText seed)
    {
        var lines = Enumerable.Range(1, seed.Lines.Count).Select(n => (Number: n, Text: seed.Line(n).Trim())).ToList();
        var number = lines.FirstOrDefault(l => DocumentMarkers.Number().IsMatch(l.Text));
        if (number.Number == 0)
            throw Refuse(seed, 1, "no document number (such as 晋政发〔2014〕35号) on a line of its own, so this is not a policy document's text");

        var afterNumber = lines.FirstOrDefault(l => l.Number > number.Number && l.Text.Length > 0);
        if (afterNumber.Number == 0) throw Refuse(seed, number.Number, "nothing follows the document number: the text looks cut short");
        // The line after the 文号 is the title unless it is already the addressee line, which ends with a colon.
        var hasTitle = !afterNumber.Text.EndsWith('：') && !afterNumber.Text.EndsWith(':');
        var title = hasTitle ? CjkSpacing.Collapse(afterNumber.Text) : null;
        var bodyFirst = hasTitle ? lines.FirstOrDefault(l => l.Number > afterNumber.Number && l.Text.Length > 0).Number : afterNumber.Number;
        if (bodyFirst == 0) throw Refuse(seed, afterNumber.Number, "the document has a title but no text after it: the text looks cut short");

        var date = lines.LastOrDefault(l => DocumentMarkers.Date().IsMatch(l.Text));
        var signature = date.Number == 0
            ? default
            : lines.LastOrDefault(l => l.Number < date.Number && l.Text.Length > 0);
        var issuer = signature.Number != 0 && DocumentMarkers.Signature().IsMatch(signature.Text) ? signature.Text : null;

        var end = lines.FirstOrDefault(l => l.Number > bodyFirst
            && (DocumentMarkers.AnnexCaption().IsMatch(l.Text)
                || seed.Line(l.Number).Contains('\t')
                || DocumentMarkers.CopiedTo().IsMatch(l.Text)
                || (issuer is not null && l.Number == signature.Number)));
        var limit = end.Number == 0 ? seed.Lines.Count + 1 : end.Number;
        var bodyLast = lines.Last(l => l.Number < limit && l.Text.Length > 0).Number;

        return new DocumentLayout(number.Text, title, bodyFirst, bodyLast, issuer, date.Number == 0 ? null : IsoDate(date.Text));
    }

    private static string IsoDate(string text)
    {
        var match = DocumentMarkers.Date().Match(text);
        var date = new DateOnly(
            int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture),
            int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture),
            int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture));
        return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private static Content.ContentException Refuse(SeedText seed, int line, string message) =>
        new([new Content.Diagnostic(new Content.Model.SourceSpan(seed.File, line, 1), message)]);
}
