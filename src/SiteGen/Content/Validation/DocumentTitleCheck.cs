using System.Collections.Frozen;
using System.Text;
using SiteGen.Content.Model;

namespace SiteGen.Content.Validation;

/// <summary>
/// Refuses the shapes a policy document's title takes when an import went wrong, reported at the record's title.
/// The importer takes titles from the 政策依据 cells of listings, where a citation is often only a 文号, is cut at
/// a page break, or runs on into the next cell or the next document. A title is refused when:
/// <list type="bullet">
/// <item>it is only a 文号: once every 文号 in it (in any bracket form <see cref="DocNumber"/> reads) is removed,
/// nothing is left but punctuation and a generic word (so "国转联[2001]8号文件" is refused too);</item>
/// <item>it is one generic word (文件, 通知, 意见 …): words that name a kind of document, not a document;</item>
/// <item>its brackets do not pair: 《》, 〈〉 and （） (full- and half-width parentheses alike) must open before they
/// close and close in order, which catches a title cut mid-citation and two citations run together (“…条例》《…”);</item>
/// <item>it contains text of a programme field: 20 or more consecutive characters (white space ignored) of the
/// summary, eligibility, procedure, standard, payment, or notes of a programme that cites the document. A real title
/// shares words with the programmes it governs, but not a whole clause: a 20-character run is a clause of the
/// standard or eligibility text that was swept into the citation. Text a field quotes in 《》 is left out, since a field
/// may name the document it follows.</item>
/// </list>
/// A title marked <c>title_supplied</c> must also give <c>title_note</c>, the reason the editor wrote it.
/// </summary>
public static class DocumentTitleCheck
{
    /// <summary>How many consecutive characters of a programme field make a title a copy of that field.</summary>
    public const int FieldRun = 20;

    // Words that name a kind of document; a title that is one of them says nothing about which document it is.
    // These are format words of Chinese official documents, not facts about any document, so they live here.
    private static readonly FrozenSet<string> GenericWords = new[]
    {
        "文件", "通知", "意见", "办法", "方案", "规定", "决定", "细则", "批复", "函", "通告", "公告", "条例",
        "实施意见", "实施方案", "实施办法", "实施细则", "指导意见", "暂行办法",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Each closing bracket and the opening one it pairs with.
    private static readonly FrozenDictionary<char, char> Opening =
        new Dictionary<char, char> { ['》'] = '《', ['〉'] = '〈', ['）'] = '（' }.ToFrozenDictionary();

    public static void Run(ContentSet content, DiagnosticBag diagnostics)
    {
        var citing = content.Programs
            .SelectMany(p => p.Basis.Select(b => b.Document).OfType<string>().Distinct().Select(number => (number, p)))
            .ToLookup(x => x.number, x => x.p, StringComparer.Ordinal);
        foreach (var d in content.Documents)
        {
            var where = d.TitleOrigin ?? d.Origin;
            if (Problem(d.Title, citing[d.Number]) is { } problem)
                diagnostics.Add(where, $"title of {d.Number} {problem}");
            if (d.TitleSupplied && string.IsNullOrWhiteSpace(d.TitleNote))
                diagnostics.Add(where, "title_supplied needs 'title_note': say what the source lacks and where the editor's title comes from");
        }
    }

    /// <summary>What is wrong with a title, or null when it has none of the shapes above.</summary>
    public static string? Problem(string title, IEnumerable<BenefitProgram> citingProgrammes)
    {
        var text = DocNumber.Clean(title);
        if (text.Length == 0) return null; // the reader already reports an empty title
        if (GenericWords.Contains(Bare(text)))
            return $"'{title}' is a generic word, not a title: take the title from a citation or the document, or supply one with title_supplied and title_note";
        if (IsOnlyNumbers(text))
            return $"'{title}' is only a 文号: take the title from a citation or the document, or supply one with title_supplied and title_note";
        if (Unbalanced(text) is { } bracket)
            return $"'{title}' has an unpaired '{bracket}': the citation was cut or runs into another; correct it against the citations";
        foreach (var p in citingProgrammes)
            if (SharedRun(text, p) is { } run)
                return $"'{title}' contains text of {p.Id}'s fields ('{run}'): keep only the document's title";
        return null;
    }

    private static bool IsOnlyNumbers(string text)
    {
        var found = DocNumber.FindAll(text).ToList();
        if (found.Count == 0) return false;
        var rest = new StringBuilder();
        var at = 0;
        foreach (var (_, index, length) in found)
        {
            rest.Append(text, at, index - at);
            at = index + length;
        }
        rest.Append(text, at, text.Length - at);
        var bare = Bare(rest.ToString());
        return bare.Length == 0 || GenericWords.Contains(bare);
    }

    /// <summary>The text without punctuation and symbols, so "《通知》" and "通知。" are the word they wrap.</summary>
    private static string Bare(string text) =>
        string.Concat(text.Where(c => !char.IsPunctuation(c) && !char.IsSymbol(c) && !char.IsWhiteSpace(c)));

    /// <summary>The first bracket that has no partner, or null when all pair in order.</summary>
    private static char? Unbalanced(string text)
    {
        var open = new Stack<char>();
        foreach (var raw in text)
        {
            var c = raw switch { '(' => '（', ')' => '）', _ => raw };
            if (Opening.Values.Contains(c)) open.Push(c);
            else if (Opening.TryGetValue(c, out var partner) && (open.Count == 0 || open.Pop() != partner)) return raw;
        }
        return open.Count > 0 ? open.Peek() : null;
    }

    /// <summary>The first <see cref="FieldRun"/> characters of the title that stand in one of the programme's fields, if any.</summary>
    private static string? SharedRun(string title, BenefitProgram p)
    {
        if (title.Length < FieldRun) return null;
        var fields = Fields(p).Select(f => DocNumber.Clean(WithoutQuotations(f))).Where(f => f.Length >= FieldRun).ToList();
        for (var i = 0; i + FieldRun <= title.Length; i++)
        {
            var run = title.Substring(i, FieldRun);
            if (fields.Any(f => f.Contains(run, StringComparison.Ordinal))) return run;
        }
        return null;
    }

    private static IEnumerable<string> Fields(BenefitProgram p)
    {
        if (p.Summary is not null) yield return p.Summary;
        if (p.Eligibility is not null) yield return p.Eligibility;
        foreach (var step in p.Procedure) yield return step;
        yield return p.Standard;
        if (p.PaymentMethod is not null) yield return p.PaymentMethod;
        if (p.PaymentTiming is not null) yield return p.PaymentTiming;
        if (p.Notes is not null) yield return p.Notes;
    }

    /// <summary>The field without what it quotes in 《》: a field may name the document it follows, and that is no fault of the title.</summary>
    private static string WithoutQuotations(string field)
    {
        var sb = new StringBuilder(field.Length);
        var depth = 0;
        foreach (var c in field)
        {
            if (c == '《') depth++;
            else if (c == '》' && depth > 0) depth--;
            else if (depth == 0) sb.Append(c);
        }
        return sb.ToString();
    }
}
