namespace SiteGen.Search.Analysis;

/// <summary>A stretch of folded text of one kind: ideographs, or letters and digits.</summary>
public readonly record struct TextRun(int Start, int Length, bool IsCjk)
{
    /// <summary>Splits folded text into ideograph runs and letter/digit runs; everything else separates them.</summary>
    public static IEnumerable<TextRun> Split(string folded)
    {
        var i = 0;
        while (i < folded.Length)
        {
            var c = folded[i];
            if (CharClass.IsCjk(c))
            {
                var start = i;
                while (i < folded.Length && CharClass.IsCjk(folded[i])) i++;
                yield return new TextRun(start, i - start, true);
            }
            else if (CharClass.IsAlnum(c))
            {
                var length = CharClass.AlnumRunLength(folded, i);
                yield return new TextRun(i, length, false);
                i += length;
            }
            else i++;
        }
    }
}
