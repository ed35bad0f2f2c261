using ICU4N.Globalization;
using ICU4N.Text;

namespace SiteGen.Site.Pages;

/// <summary>
/// Chinese in pinyin order by ICU's zh collation and alphabetic index, from ICU4N's own data: the same on every machine,
/// whatever ICU the system has (the runtime runs in invariant-globalization mode, where zh-CN compares by code point).
/// </summary>
public static class PinyinOrder
{
    private static readonly UCultureInfo Chinese = new("zh");
    private static readonly Collator Collator = Checked(Collator.GetInstance(Chinese).Freeze());
    private static readonly ImmutableIndex<string> Index = new AlphabeticIndex<string>(Chinese).BuildImmutableIndex();
    private static readonly Lock Gate = new();

    // Without the zh data (its satellite assembly) ICU falls back to the root order, which sorts ideographs by code
    // point: 阳 (yang, U+9633) would come after 中 (zhong, U+4E2D). Refuse that rather than publish a wrong order.
    private static Collator Checked(Collator collator) =>
        collator.Compare("阳", "中") < 0 && collator.Compare("阿", "爸") < 0
            ? collator
            : throw new InvalidOperationException("ICU4N's zh collation data is missing (zh/ICU4N.resources.dll): pinyin order is unavailable");

    public static IComparer<string> Comparer { get; } = Comparer<string>.Create((a, b) => Collator.Compare(a, b));

    /// <summary>The index letter of a text, A to Z ("#" for a text that starts with no letter or ideograph).</summary>
    public static string Initial(string text)
    {
        string label;
        lock (Gate) label = Index.GetBucket(Index.GetBucketIndex(text)).Label;
        return label.Length == 1 && char.IsAsciiLetterUpper(label[0]) ? label : "#";
    }
}
