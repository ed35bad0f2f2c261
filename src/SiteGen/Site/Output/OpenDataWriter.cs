using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using SiteGen.Site.Model;

namespace SiteGen.Site.Output;

/// <summary>data/programs.json and data/programs.csv: the programme list as open data.</summary>
public static class OpenDataWriter
{
    public sealed record Row(string Id, string Title, string Region, string Department, string DepartmentType, string? Level,
        string Standard, IReadOnlyList<string> Phones, IReadOnlyList<string> Documents, string Url, string SourceFile, string SourceLines);

    public static IReadOnlyList<Row> Rows(SiteModel site) =>
        site.Programs.Select(p =>
        {
            var department = site.Department(p.Department);
            return new Row(p.Id, p.Title, site.Region(p.Region).Name, department.Name, site.DepartmentType(department.Type).Name, p.Level,
                p.Standard, p.Phones, p.Basis.Where(b => b.Document is not null).Select(b => b.Document!).Distinct().ToList(),
                SitePaths.Program(p.Id), p.Source.File, $"{p.Source.FirstLine}-{p.Source.LastLine}");
        }).ToList();

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string ToJson(IReadOnlyList<Row> rows) => JsonSerializer.Serialize(rows, Json) + "\n";

    /// <summary>CSV with a BOM, because spreadsheet programs read BOM-less UTF-8 as the local code page.</summary>
    public static byte[] ToCsv(IReadOnlyList<Row> rows)
    {
        var sb = new StringBuilder();
        sb.Append("id,title,region,department,department_type,level,standard,phones,documents,url,source_file,source_lines\r\n");
        foreach (var r in rows)
        {
            string[] cells = [r.Id, r.Title, r.Region, r.Department, r.DepartmentType, r.Level ?? "", r.Standard,
                string.Join(" / ", r.Phones), string.Join(" / ", r.Documents), r.Url, r.SourceFile, r.SourceLines];
            sb.AppendJoin(',', cells.Select(Quote)).Append("\r\n");
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(sb.ToString())];
    }

    private static string Quote(string cell)
    {
        // A cell that starts like a formula would be run by a spreadsheet program; a leading apostrophe keeps it text.
        if (cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r') cell = "'" + cell;
        return cell.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + cell.Replace("\"", "\"\"") + "\"" : cell;
    }
}
