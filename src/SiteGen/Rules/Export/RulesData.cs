using System.Text.Encodings.Web;
using System.Text.Json;
using SiteGen.Content.Model;
using SiteGen.Rules.Checking;
using SiteGen.Rules.Language;
using SiteGen.Rules.Model;

namespace SiteGen.Rules.Export;

/// <summary>A programme as the page script names it in a result: its page, and whom to call.</summary>
public sealed record ProgramLink(string Id, string Title, string Url, string? Phone, string Contact);

/// <summary>
/// Writes the checked rules as the JSON the page script reads (docs/RULES.md; the shape is documented in
/// templates/assets/rules.js). Expressions go out as trees, never as text to evaluate, so a rule can
/// only ever compute.
/// </summary>
public static class RulesData
{
    /// <summary>For a data block inside HTML: Chinese as it is, but &lt; &gt; &amp; and quotes escaped, so no text can close the element.</summary>
    public static readonly JsonWriterOptions PageOptions = new() { Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) };

    /// <param name="cite">How a page names a source to readers, such as 《2026年阳泉市社会救助惠民政策清单》第6行.</param>
    public static string Write(CheckedRules rules, IReadOnlyList<Region> regions, IEnumerable<CalculatorScope> calculators, Func<string, ProgramLink> program,
        Func<SourceRef, string>? cite = null)
    {
        cite ??= Evaluation.Evaluator.SourceText;
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, PageOptions))
        {
            w.WriteStartObject();
            w.WriteStartObject("regions");
            foreach (var r in regions)
            {
                w.WriteStartObject(r.Id);
                w.WriteString("name", r.Name);
                if (r.Parent is null) w.WriteNull("parent"); else w.WriteString("parent", r.Parent);
                w.WriteEndObject();
            }
            w.WriteEndObject();
            var list = calculators.ToList();
            var used = list.SelectMany(c => c.Inputs.Keys).ToHashSet(StringComparer.Ordinal);
            w.WriteStartObject("questions");
            foreach (var q in rules.Questions.Prepend(Question.Region).Where(q => used.Contains(q.Name))) WriteQuestion(w, q);
            w.WriteEndObject();
            w.WriteStartArray("calculators");
            foreach (var c in list) WriteCalculator(w, c, program, cite);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteQuestion(Utf8JsonWriter w, Question q)
    {
        w.WriteStartObject(q.Name);
        WriteAnswerShape(w, q);
        if (q.Type == QuestionType.Option) Strings(w, "options", q.Options); else w.WriteNull("options");
        Nullable(w, "group", q.Group);
        Nullable(w, "help", q.Help);
        w.WriteEndObject();
    }

    private static void WriteCalculator(Utf8JsonWriter w, CalculatorScope scope, Func<string, ProgramLink> program, Func<SourceRef, string> cite)
    {
        var c = scope.Calculator;
        w.WriteStartObject();
        w.WriteString("id", c.Id);
        w.WriteString("title", c.Title);
        w.WriteString("region", c.Region);
        w.WriteStartArray("programs");
        foreach (var link in c.Programs.Select(program))
        {
            w.WriteStartObject();
            w.WriteString("id", link.Id);
            w.WriteString("title", link.Title);
            w.WriteString("url", link.Url);
            Nullable(w, "phone", link.Phone);
            w.WriteString("contact", link.Contact);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        Strings(w, "inputs", c.Inputs);
        if (scope.Inputs.ContainsKey(Question.RegionName)) Strings(w, "regions_allowed", scope.AllowedRegions.Select(r => r.Id));
        else w.WriteNull("regions_allowed");
        w.WriteStartObject("parameters");
        foreach (var name in scope.UsedParameters) WriteParameter(w, scope.Parameters[name], cite);
        w.WriteEndObject();
        w.WriteStartArray("eligible");
        foreach (var condition in c.Eligible)
        {
            w.WriteStartObject();
            w.WritePropertyName("when");
            ExpressionJson.Write(w, condition.When.Expr!, scope);
            w.WriteString("fails", condition.Fails);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("steps");
        foreach (var step in c.Steps)
        {
            w.WriteStartObject();
            w.WriteString("name", step.Name);
            w.WritePropertyName("expr");
            ExpressionJson.Write(w, step.Rule.Expr!, scope);
            Nullable(w, "unit", scope.StepUnits.GetValueOrDefault(step.Name));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        if (c.Amount?.Expr is { } amount) { w.WritePropertyName("amount"); ExpressionJson.Write(w, amount, scope); }
        else w.WriteNull("amount");
        Nullable(w, "unit", c.Unit);
        Nullable(w, "period", c.Period);
        Nullable(w, "note", c.Note);
        w.WriteEndObject();
    }

    private static void WriteParameter(Utf8JsonWriter w, Parameter p, Func<SourceRef, string> cite)
    {
        w.WriteStartObject(p.Name);
        w.WriteString("label", p.Label);
        Nullable(w, "unit", p.Unit);
        w.WriteString("from", p.Current.From);
        w.WriteString("source", Evaluation.Evaluator.SourceText(p.Current.Source));
        w.WriteString("cite", cite(p.Current.Source));
        switch (p.Current.Shape)
        {
            case ScalarShape s:
                w.WriteString("value", s.Value.ToDecimalString());
                break;
            case TableShape t:
                Strings(w, "keys", t.KeyedBy);
                w.WriteStartObject("values");
                if (t.KeyedBy.Count == 1)
                    foreach (var e in t.Entries) RulesData.Nullable(w, e.Keys[0], e.Value?.ToDecimalString());
                else
                    foreach (var row in t.Entries.GroupBy(e => e.Keys[0]))
                    {
                        w.WriteStartObject(row.Key);
                        foreach (var e in row) RulesData.Nullable(w, e.Keys[1], e.Value?.ToDecimalString());
                        w.WriteEndObject();
                    }
                w.WriteEndObject();
                break;
            case BandShape b:
                w.WriteString("by", b.BandedBy);
                w.WriteStartArray("bands");
                foreach (var band in b.Bands)
                {
                    w.WriteStartObject();
                    w.WriteString("from", band.From.ToDecimalString());
                    Nullable(w, "to", band.To?.ToDecimalString());
                    w.WriteString("value", band.Value.ToDecimalString());
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                break;
        }
        w.WriteEndObject();
    }

    /// <summary>What an answer to the question looks like: label, type, unit, and the range of a number.</summary>
    internal static void WriteAnswerShape(Utf8JsonWriter w, Question q)
    {
        w.WriteString("label", q.Label);
        w.WriteString("type", Question.TypeName(q.Type));
        Nullable(w, "unit", q.Unit);
        Nullable(w, "min", q.Min?.ToDecimalString());
        Nullable(w, "max", q.Max?.ToDecimalString());
    }

    internal static void Nullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name); else w.WriteString(name, value);
    }

    internal static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }
}
