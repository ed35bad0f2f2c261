using System.Text;
using SiteGen.Content;
using SiteGen.Content.Model;

namespace SiteGen.Import.Readers.Spreadsheet;

/// <summary>
/// Splits RFC 4180 CSV text into records: commas separate fields, a quoted field may hold commas, line breaks and
/// doubled quotes (""), and records end at CRLF, LF or CR. Each record keeps the physical lines it spans.
/// </summary>
internal sealed class CsvParser
{
    /// <exception cref="ContentException">A quoted field never closes: the file is truncated or its quotes are broken.</exception>
    public IReadOnlyList<GridRow> Parse(string text, string file)
    {
        var records = new List<GridRow>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordStart = 1;
        var quoted = false;
        var fieldStarted = false;

        void EndField()
        {
            fields.Add(field.ToString());
            field.Clear();
            fieldStarted = false;
        }

        void EndRecord(int lastLine)
        {
            EndField();
            // A blank physical line is no record; a line of empty fields ("",,) is.
            if (fields.Count > 1 || fields[0].Length > 0)
                records.Add(new GridRow(recordStart, lastLine, fields.ToList()));
            fields.Clear();
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                    quoted = false;
                else
                {
                    if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
                        line++;
                    field.Append(c);
                }
                continue;
            }

            switch (c)
            {
                case '"' when !fieldStarted:
                    quoted = true;
                    fieldStarted = true;
                    break;
                case ',':
                    EndField();
                    break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    break;
                case '\r' or '\n':
                    EndRecord(line);
                    line++;
                    recordStart = line;
                    break;
                default:
                    field.Append(c);
                    fieldStarted = true;
                    break;
            }
        }

        if (quoted)
            throw new ContentException([new Diagnostic(new SourceSpan(file, recordStart, 1),
                "a quoted field opened in this record never closes, so the file is truncated or a quote is missing; use the complete file as published")]);
        if (fieldStarted || fields.Count > 0)
            EndRecord(line);
        return records;
    }
}
