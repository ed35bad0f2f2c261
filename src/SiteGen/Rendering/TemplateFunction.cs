using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace SiteGen.Rendering;

/// <summary>
/// A template function of one text argument, called directly: Scriban calls a function given as a delegate through
/// reflection, which on a site of many pages, each asking for dozens of links, costs more than the rest of the call.
/// </summary>
public sealed class TemplateFunction(string name, Func<TemplateContext, string, object> body) : IScriptCustomFunction
{
    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(string), "text");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? context.CurrentSpan;
        if (arguments.Count != 1) throw new ScriptRuntimeException(span, $"'{name}' takes one argument, not {arguments.Count}");
        return body(context, arguments[0] is { } argument ? context.ObjectToString(argument) ?? "" : throw new ScriptRuntimeException(span, $"'{name}' was given nothing (null)"));
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
