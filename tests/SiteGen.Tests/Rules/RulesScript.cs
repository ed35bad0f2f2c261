using System.Text.Json;
using Jint;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rules;

/// <summary>
/// Runs templates/assets/rules.js, minified as published (the page script's calculator and finder core, which needs no DOM) in Jint, so
/// its results can be compared with the C# evaluator's. Each method returns JSON.stringify of the script's
/// result object, field order as the script writes it. One engine per instance: not thread-safe.
/// </summary>
public sealed class RulesScript
{
    private readonly Engine _engine = new();

    public RulesScript()
    {
        // As the site publishes it: the parity with the C# evaluator is the minified script's.
        _engine.Execute(Repo.PublishedAsset("rules.js"));
        // The data is parsed once per distinct JSON text, not on every call.
        _engine.Execute("""
            var lastJson = null, lastData = null;
            function rulesData(json) {
              if (json !== lastJson) { lastData = JSON.parse(json); lastJson = json; }
              return lastData;
            }
            function rulesEvaluate(json, id, inputs) {
              return JSON.stringify(SiteGenRules.evaluate(rulesData(json), id, JSON.parse(inputs)));
            }
            function rulesFind(json, answers) {
              return JSON.stringify(SiteGenRules.find(rulesData(json), JSON.parse(answers)));
            }
            """);
    }

    /// <summary>SiteGenRules.evaluate(data, calculatorId, inputs): the result object as JSON.</summary>
    public string Evaluate(string dataJson, string calculatorId, IReadOnlyDictionary<string, string> inputs) =>
        _engine.Invoke("rulesEvaluate", dataJson, calculatorId, JsonSerializer.Serialize(inputs)).AsString();

    /// <summary>SiteGenRules.find(data, answers): the finder result as JSON.</summary>
    public string Find(string dataJson, IReadOnlyDictionary<string, string> answers) =>
        _engine.Invoke("rulesFind", dataJson, JsonSerializer.Serialize(answers)).AsString();
}
