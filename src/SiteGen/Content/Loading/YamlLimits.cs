using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SiteGen.Content.Loading;

/// <summary>
/// A YAML parser that refuses, event by event as the tree builder asks for them, what content never needs but an
/// attacker can use: anchors and aliases (a few lines of aliases expand to gigabytes), tags, and nesting deep enough to
/// exhaust the stack of the tree builder. Each event is checked before the builder sees it, so nothing over a limit is
/// ever built, and the text is parsed once.
/// </summary>
public sealed class YamlLimits(string yaml) : IParser
{
    public const int MaxDepth = 32;

    private readonly Parser _parser = new(new StringReader(yaml));
    private int _depth;

    public ParsingEvent? Current => _parser.Current;

    public bool MoveNext()
    {
        if (!_parser.MoveNext()) return false;
        if (Problem(_parser.Current!) is { } message) throw new YamlLimitException(_parser.Current!.Start, message);
        return true;
    }

    private string? Problem(ParsingEvent current)
    {
        switch (current)
        {
            case AnchorAlias alias:
                return $"YAML aliases (*{alias.Value}) are not allowed in content: write the value out in full";
            case NodeEvent { Anchor.IsEmpty: false } node:
                return $"YAML anchors (&{node.Anchor}) are not allowed in content: write the value out in full";
            case NodeEvent { Tag.IsEmpty: false } node:
                return $"YAML tags ({node.Tag}) are not allowed in content: write the value as plain text";
            case SequenceStart or MappingStart when ++_depth > MaxDepth:
                return $"the YAML is nested more than {MaxDepth} levels deep; content never needs that many";
            case SequenceEnd or MappingEnd:
                _depth--;
                return null;
            default:
                return null;
        }
    }
}

/// <summary>The first thing in a YAML text over <see cref="YamlLimits"/>, where it starts.</summary>
public sealed class YamlLimitException(Mark where, string message) : Exception(message)
{
    public Mark Where { get; } = where;
}
