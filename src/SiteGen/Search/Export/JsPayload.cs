using SiteGen.FileSystem;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace SiteGen.Search.Export;

/// <summary>
/// Writes one data file of the browser index as a script that hands its JSON to the client:
/// <c>SiteGenSearchData("kind","name",{…});</c>. Script files load with a &lt;script&gt; element, which
/// browsers allow for pages opened from disk, where fetch() of file:// addresses is blocked.
/// Output is deterministic: callers write keys in sorted order, numbers in invariant round-trip form.
/// </summary>
public static class JsPayload
{
    public const string Callback = "SiteGenSearchData";

    // Keeps ideographs readable (and files small); still escapes quotes, control characters,
    // U+2028/U+2029 and HTML-sensitive characters.
    public static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Indented = false,
    };

    public static void Write(IFileWriter files, string path, string kind, string name, Action<Utf8JsonWriter> writeJson) =>
        WriteRaw(files, path, kind, name, stream =>
        {
            using var json = new Utf8JsonWriter(stream, Options);
            writeJson(json);
        });

    /// <summary>The same, with the JSON written straight into the stream (already serialized, deterministic pieces).</summary>
    public static void WriteRaw(IFileWriter files, string path, string kind, string name, Action<Stream> writeJson)
    {
        using var stream = new MemoryStream();
        stream.Write(Encoding.UTF8.GetBytes($"{Callback}(\"{kind}\",\"{name}\","));
        writeJson(stream);
        stream.Write(");\n"u8);
        files.Write(path, stream.GetBuffer().AsSpan(0, (int)stream.Length));
    }

    /// <summary>A number in the shortest form that reads back as the same double (in C# and JavaScript).</summary>
    public static void WriteNumber(Utf8JsonWriter json, double value) =>
        json.WriteRawValue(value.ToString("R", CultureInfo.InvariantCulture), skipInputValidation: true);
}
