using System.Text.Encodings.Web;
using System.Text.Json;
using SiteGen.Rules.Evaluation;
using SiteGen.Rules.Finder;

namespace SiteGen.Rules.Export;

/// <summary>Results as JSON, field for field as the page script returns them, for `sitegen calc run --json` and the parity tests.</summary>
public static class ResultJson
{
    private static readonly JsonWriterOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    public static string Write(RuleResult r) => Json(w => Result(w, r));

    public static string Write(FinderResult f) => Json(w =>
    {
        w.WriteStartObject();
        RulesData.Strings(w, "regions", f.Regions);
        RulesData.Strings(w, "questions", f.Questions);
        w.WriteStartArray("results");
        foreach (var e in f.Results)
        {
            w.WriteStartObject();
            w.WriteString("calculator", e.Calculator);
            w.WriteString("status", e.Status);
            RulesData.Nullable(w, "amount", e.Amount);
            RulesData.Nullable(w, "unit", e.Unit);
            RulesData.Nullable(w, "period", e.Period);
            RulesData.Strings(w, "failed", e.Failed);
            RulesData.Strings(w, "needs", e.Needs);
            RulesData.Strings(w, "programs", e.Programs);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    });

    private static string Json(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Readable)) write(w);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Result(Utf8JsonWriter w, RuleResult r)
    {
        w.WriteStartObject();
        w.WriteString("status", r.Status);
        RulesData.Nullable(w, "amount", r.Amount);
        RulesData.Nullable(w, "unit", r.Unit);
        RulesData.Nullable(w, "period", r.Period);
        RulesData.Strings(w, "working", r.Working);
        RulesData.Strings(w, "failed", r.Failed);
        w.WriteStartArray("errors");
        foreach (var e in r.Errors)
        {
            w.WriteStartObject();
            w.WriteString("input", e.Input);
            w.WriteString("message", e.Message);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        RulesData.Nullable(w, "message", r.Message);
        w.WriteStartArray("parameters");
        foreach (var p in r.Parameters)
        {
            w.WriteStartObject();
            w.WriteString("name", p.Name);
            w.WriteString("label", p.Label);
            w.WriteString("from", p.From);
            w.WriteString("source", p.Source);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
