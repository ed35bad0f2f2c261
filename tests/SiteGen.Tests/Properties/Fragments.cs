using CsCheck;

namespace SiteGen.Tests.Properties;

/// <summary>
/// Generators of text that is mostly wrong in interesting ways: pieces of the syntax a reader must cope with
/// (YAML, Markdown, table cells, query syntax), Chinese words and figures, control characters and stray bytes.
/// </summary>
public static class Fragments
{
    private static readonly string[] Pieces =
    [
        "---\n", "\n", "\r\n", "\t", "  ", " ", "id: ", "title: ", "standard: ", "phones: ", "source:\n  file: ", "lines: \"2\"\n",
        "[", "]", "{", "}", ",", ":", ": ", "- ", "? ", "&a ", "*a", "!!str ", "!!binary ", "<<: ", "|", ">", "#", "\"", "'", "\\",
        "%YAML 1.2\n", "...\n", "~", "null", "true", "0x1F", "1e999", "-.inf",
        "低保", "高龄津贴", "最低生活保障", "657元", "80周岁", "0353-2293789", "晋民发〔2020〕1号", "《", "》", "（", "）", "、", "。",
        "序号", "项目名称", "政策依据", "\u0000", "\u0007", "\u202e", "\u200b", "\ufeff", "\ud83d\ude00", "\ufffd",
        "*", "**", "_", "`", "```", "<script>", "</div>", "[x](javascript:alert(1))", "![i](//evil/x.png)", "| a | b |\n|---|---|\n",
        "AND", "OR", "NOT", "(", ")", "~", "^", "?", "/", "+", "-", "!",
    ];

    /// <summary>Up to <paramref name="max"/> pieces joined, or arbitrary characters (unpaired surrogates included).</summary>
    public static Gen<string> Text(int max = 80) => Gen.Frequency(
        (4, Gen.OneOf(Pieces).Array[0, max].Select(parts => string.Concat(parts))),
        (1, Gen.String[Gen.Char, 0, max * 4]));

    /// <summary>Lines of text as a seed file holds them.</summary>
    public static Gen<string[]> Lines(int max = 40) => Gen.Frequency(
        (3, Gen.OneOf(Pieces).Array[0, 12].Select(parts => string.Join("\t", parts)).Array[0, max]),
        (1, Text().Array[0, max]));
}
