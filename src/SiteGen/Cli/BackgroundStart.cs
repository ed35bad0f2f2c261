using System.Runtime.CompilerServices;
using Lucene.Net.Analysis.Cn.Smart.Hhmm;
using SiteGen.Rendering;
using SiteGen.Search.Analysis;
using SiteGen.Site.Pages;

namespace SiteGen.Cli;

/// <summary>
/// One-time initialisations that a build would otherwise wait for in the middle of its work, started on a thread of
/// their own as the build starts so that they overlap with reading and checking the content: ICU4N's zh collation and
/// alphabetic index (the pinyin order of the search page; most of half a second is ICU4N reading the default calendar
/// of every culture it knows), SmartCn's word and bigram dictionaries, the folding and pinyin tables of the search
/// index, and HtmlSanitizer and AngleSharp, whose first sanitised Markdown costs a fifth of a second however short it is
/// (a line is rendered here and thrown away). Whoever needs them first waits for them as before, so nothing depends on
/// this having finished.
/// </summary>
public static class BackgroundStart
{
    /// <summary>Two threads: ICU4N's part alone takes as long as the rest, and the pages need it as early.</summary>
    public static void Begin()
    {
        Start(() => RuntimeHelpers.RunClassConstructor(typeof(PinyinOrder).TypeHandle));
        Start(() =>
        {
            new MarkdownRenderer().Render("**最低生活保障**");
            _ = Folding.Default;
            new HHMMSegmenter().Process("最低生活保障");
            _ = PinyinTable.Default;
        });
    }

    private static void Start(Action load) => new Thread(() =>
    {
        try { load(); }
        catch (Exception)
        {
            // A background thread must not end the process: whatever failed here fails again where it is used, and is
            // reported there as it would be without this.
        }
    }) { IsBackground = true, Name = "sitegen start-up" }.Start();
}
