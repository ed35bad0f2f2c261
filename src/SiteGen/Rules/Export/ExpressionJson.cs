using System.Text.Json;
using SiteGen.Rules.Checking;
using SiteGen.Rules.Language;

namespace SiteGen.Rules.Export;

/// <summary>One expression as a JSON tree: {"k": kind, ...}, with each name already resolved to input, step or parameter.</summary>
internal static class ExpressionJson
{
    public static void Write(Utf8JsonWriter w, Expr e, CalculatorScope scope)
    {
        w.WriteStartObject();
        switch (e)
        {
            case NumberLiteral n:
                w.WriteString("k", "num");
                w.WriteString("v", n.Value.ToDecimalString());
                break;
            case TextLiteral t:
                w.WriteString("k", "str");
                w.WriteString("v", t.Value);
                break;
            case BoolLiteral b:
                w.WriteString("k", "bool");
                w.WriteBoolean("v", b.Value);
                break;
            case NameRef r:
                w.WriteString("k", scope.Inputs.ContainsKey(r.Name) ? "input" : scope.Calculator.Steps.Any(s => s.Name == r.Name) ? "step" : "param");
                w.WriteString("n", r.Name);
                break;
            case IndexRef i:
                w.WriteString("k", "index");
                w.WriteString("n", i.Name);
                Args(w, i.Keys, scope);
                break;
            case Unary u:
                w.WriteString("k", u.Op);
                Args(w, [u.Operand], scope);
                break;
            case Binary b:
                w.WriteString("k", "op");
                w.WriteString("o", b.Op);
                Args(w, [b.Left, b.Right], scope);
                break;
            case Call c:
                w.WriteString("k", "call");
                w.WriteString("f", c.Function);
                Args(w, c.Args, scope);
                break;
        }
        w.WriteEndObject();
    }

    private static void Args(Utf8JsonWriter w, IEnumerable<Expr> args, CalculatorScope scope)
    {
        w.WriteStartArray("a");
        foreach (var a in args) Write(w, a, scope);
        w.WriteEndArray();
    }
}
