using SiteGen.FileSystem;
using SiteGen.Content.Model;

namespace SiteGen.Search.Export;

/// <summary>
/// Writes <c>table/NNN.js</c>: the programme table (id, title, page address) in pieces of <see cref="Rows"/>
/// consecutive positions of the id-sorted list that postings refer to. The page loads the pieces of the results
/// it shows and no others, so what a query downloads does not grow with the number of programmes.
/// </summary>
public static class ProgrammeTableWriter
{
    public const string Folder = "table";

    /// <summary>Rows a piece holds: ten results spread over the table load at most ten small pieces.</summary>
    public const int Rows = 8;

    /// <param name="programs">Sorted by id: a row's position is its programme's position in postings.</param>
    public static void Write(IFileWriter files, string root, IReadOnlyList<BenefitProgram> programs, Func<BenefitProgram, string> urlOf)
    {
        var piece = 0;
        foreach (var rows in programs.Chunk(Rows))
        {
            var name = StaticIndexExporter.ShardName(piece++);
            JsPayload.Write(files, Path.Combine(root, Folder, name + ".js"), "table", name, json =>
            {
                json.WriteStartArray();
                foreach (var p in rows)
                {
                    json.WriteStartArray();
                    json.WriteStringValue(p.Id);
                    // Title and address let the ranked list show before the fragments arrive.
                    json.WriteStringValue(p.DisplayTitle);
                    json.WriteStringValue(urlOf(p));
                    json.WriteEndArray();
                }
                json.WriteEndArray();
            });
        }
    }
}
