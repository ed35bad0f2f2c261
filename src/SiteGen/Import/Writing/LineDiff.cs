using System.Text;

namespace SiteGen.Import.Writing;

/// <summary>A line diff (longest common subsequence) in unified style, enough to show an editor what a re-import would change.</summary>
public static class LineDiff
{
    public static string Unified(string before, string after, string name)
    {
        var a = before.Split('\n');
        var b = after.Split('\n');
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
            for (var j = b.Length - 1; j >= 0; j--)
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
        var sb = new StringBuilder($"--- content/{name} (yours)\n+++ content/{name} (new import)\n");
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y]) { x++; y++; }
            else if (y < b.Length && (x == a.Length || lcs[x, y + 1] >= lcs[x + 1, y])) sb.Append('+').Append(b[y++]).Append('\n');
            else sb.Append('-').Append(a[x++]).Append('\n');
        }
        return sb.ToString();
    }
}
