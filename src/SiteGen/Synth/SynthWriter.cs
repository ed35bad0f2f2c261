using System.Text;
using SiteGen.Content;
using SiteGen.Content.Model;
using SiteGen.FileSystem;
using SiteGen.Import.Writing;
using SiteGen.Concurrency;

namespace SiteGen.Synth;

/// <summary>
/// Writes a synthetic content folder: every file of the real one copied as it is (documents, rules, term lists,
/// sources, the real programmes), except the two lists that gain the made-up regions and offices, which are written
/// whole, and the division table, left out so that the build adds no region to the made-up ones; then one file per
/// made-up programme, in the folder of its county.
/// </summary>
public sealed class SynthWriter(string fromDir, string outDir)
{
    private const string RegionsFile = "regions.yaml";
    private const string DepartmentsFile = "departments.yaml";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public void Write(IReadOnlyList<Region> regions, IReadOnlyList<Department> departments, IReadOnlyList<BenefitProgram> programmes)
    {
        Directory.CreateDirectory(outDir);
        CopyKept();
        Save(RegionsFile, ContentFiles.Regions(regions));
        Save(DepartmentsFile, ContentFiles.Departments(departments));
        foreach (var region in programmes.Select(p => p.Region).Distinct(StringComparer.Ordinal))
            Directory.CreateDirectory(Path.Combine(outDir, ContentLoader.ProgramsFolder, region));
        // Each file's bytes depend only on its programme, so writing them side by side keeps the output the same.
        InParallel.ForEach(programmes, p => Save(Path.Combine(ContentLoader.ProgramsFolder, p.Region, p.Id + ".md"), ContentFiles.Program(p)));
    }

    private void CopyKept()
    {
        foreach (var file in ContainedFiles.List(fromDir).Files)
        {
            var relative = Path.GetRelativePath(fromDir, file);
            var first = relative.Split(Path.DirectorySeparatorChar)[0];
            if (first.StartsWith('.') || Path.GetFileName(file).StartsWith('.')) continue;
            if (first is RegionsFile or DepartmentsFile or ContentLoader.PlacesFolder) continue;
            var target = Path.Combine(outDir, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private void Save(string relative, string text)
    {
        var target = Path.Combine(outDir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllText(target, text, Utf8);
    }
}
