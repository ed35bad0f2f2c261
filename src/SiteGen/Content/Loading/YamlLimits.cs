using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SiteGen.Content.Loading;

/// <summary>
/// Reads YAML as a flat stream of events, before any tree is built, and refuses what content never needs but an
/// attacker can use: anchors and aliases (a few lines of aliases expand to gigabytes), tags, and nesting deep enough to
/// exhaust the stack of the tree builder.
/// </summary>
public static class YamlLimits
{
    public const int MaxDepth = 32;

    /// <summary>The first thing over a limit, with its position; null when the text is within them.</summary>
    public static (Mark Where, string Message)? Check(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var depth = 0;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case AnchorAlias alias:
                    return (alias.Start, $"YAML aliases (*{alias.Value}) are not allowed in content: write the value out in full");
                case NodeEvent { Anchor.IsEmpty: false } node:
                    return (node.Start, $"YAML anchors (&{node.Anchor}) are not allowed in content: write the value out in full");
                case NodeEvent { Tag.IsEmpty: false } node:
                    return (node.Start, $"YAML tags ({node.Tag}) are not allowed in content: write the value as plain text");
                case SequenceStart or MappingStart when ++depth > MaxDepth:
                    return (parser.Current.Start, $"the YAML is nested more than {MaxDepth} levels deep; content never needs that many");
                case SequenceEnd or MappingEnd:
                    depth--;
                    break;
            }
        }
        return null;
    }
}
