namespace SiteGen.Rendering.Charts;

/// <summary>
/// A build-time estimate of how wide a line of text is drawn, in ems, and line breaking by it. Chinese characters
/// and full-width signs take a whole em; digits, Latin letters and ASCII signs are counted at 0.6 em, wider than most
/// fonts draw them, so text placed by this estimate never runs into what follows it.
/// </summary>
public static class TextWidth
{
    public static double Ems(string text) => text.Sum(Ems);

    private static double Ems(char c) => c < 0x2000 ? (c == ' ' ? 0.3 : 0.6) : 1.0;

    /// <summary>The text cut into lines no wider than <paramref name="maxEms"/>; Chinese text may break between any two characters, a run of digits or letters stays whole.</summary>
    public static IReadOnlyList<string> Wrap(string text, double maxEms)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var piece in Pieces(text))
        {
            if (line.Length > 0 && Ems(line + piece) > maxEms)
            {
                lines.Add(line.TrimEnd());
                line = piece.TrimStart();
            }
            else line += piece;
        }
        if (line.Length > 0 || lines.Count == 0) lines.Add(line);
        return lines;
    }

    /// <summary>Signs that never begin a line (行首禁则): they stay with the character before them.</summary>
    private const string Closing = "）)】》」』”’，。、；：！？%";

    private static List<string> Pieces(string text)
    {
        var pieces = new List<string>();
        var run = "";
        foreach (var c in text)
        {
            if (Closing.Contains(c) && (run.Length > 0 || pieces.Count > 0))
            {
                if (run.Length > 0) run += c;
                else pieces[^1] += c;
                continue;
            }
            if (c < 0x2000 && c != ' ') { run += c; continue; }
            if (run.Length > 0) { pieces.Add(run); run = ""; }
            pieces.Add(c.ToString());
        }
        if (run.Length > 0) pieces.Add(run);
        return pieces;
    }
}
