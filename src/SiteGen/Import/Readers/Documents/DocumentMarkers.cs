using System.Text.RegularExpressions;

namespace SiteGen.Import.Readers.Documents;

/// <summary>The fixed shapes of Chinese government documents: 文号, the numbering of parts, articles and items, dates and annex captions.</summary>
internal static partial class DocumentMarkers
{
    /// <summary>A document number alone on its line: 晋政发〔2014〕35号.</summary>
    [GeneratedRegex(@"^\S+〔\d{4}〕\d+号$")]
    public static partial Regex Number();

    /// <summary>A part: 一、 二、 … 十、</summary>
    [GeneratedRegex(@"^[一二三四五六七八九十]+、")]
    public static partial Regex Part();

    /// <summary>An article or sub-section: （一） … （二十七）, with full- or half-width brackets.</summary>
    [GeneratedRegex(@"^[（(][一二三四五六七八九十]+[）)]")]
    public static partial Regex Article();

    /// <summary>A numbered item: 1. 2. … (a list mark followed by text, never a figure such as 1.3倍).</summary>
    [GeneratedRegex(@"^\d{1,2}[.．]\s+\S")]
    public static partial Regex Item();

    /// <summary>A signing or printing date alone on its line: 2014年 10月 31日, 2024年10月9日印发.</summary>
    [GeneratedRegex(@"^(?<year>\d{4})\s*年\s*(?<month>\d{1,2})\s*月\s*(?<day>\d{1,2})\s*日\s*(?:印发)?$")]
    public static partial Regex Date();

    /// <summary>The caption that opens an annex: 附件, 附件1.</summary>
    [GeneratedRegex(@"^附件\s*\d*$")]
    public static partial Regex AnnexCaption();

    /// <summary>The 版记 distribution line that follows the body: 抄送：…</summary>
    [GeneratedRegex(@"^抄送[：:]")]
    public static partial Regex CopiedTo();

    /// <summary>A signature line: an organisation's name with no punctuation.</summary>
    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}+$")]
    public static partial Regex Signature();
}
