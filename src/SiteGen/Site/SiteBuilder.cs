using System.Globalization;
using SiteGen.Rules.Checking;
using SiteGen.Content;
using SiteGen.Content.Model;
using SiteGen.FileSystem;
using SiteGen.Provenance;
using SiteGen.Rendering;
using SiteGen.Site.Checks;
using SiteGen.Concurrency;
using SiteGen.Site.Model;
using SiteGen.Site.Output;
using SiteGen.Site.Pages;

namespace SiteGen.Site;

/// <summary>
/// The build: content → checked model → pages and other outputs in a staging folder → link check → swap in.
/// Nothing here knows about any particular programme; that all lives in content/ and templates/.
/// </summary>
/// <param name="rebuilding">Given by a process that builds again and again; none for a one-off build.</param>
public sealed class SiteBuilder(BuildOptions options, IReadOnlyList<ISiteOutput> outputs, Action<string> progress, Action<string>? warn = null,
    StageTimings? timings = null, Rebuilding? rebuilding = null)
{
    private readonly StageTimings _timings = timings ?? new StageTimings();

    /// <summary>How long a build waits for another build into the same folder before giving up.</summary>
    private static readonly TimeSpan LockPatience = TimeSpan.FromMinutes(10);

    private readonly Action<string> _warn = warn ?? progress;

    public BuildReport Build()
    {
        var output = new OutputFolder(options.OutDir);
        output.EnsureApartFrom([("content", options.ContentDir), ("templates", options.TemplatesDir), ("seeds", options.SeedsDir)]);
        // Checked before taking the lock too, so a refused folder gets no lock file beside it.
        output.EnsureReplaceable();
        using var hold = OutputLock.Acquire(output.LockPath, LockPatience, progress);
        output.Recover(_warn);
        output.EnsureReplaceable();
        // The scripts and style sheets are minified while the content loads: they depend on nothing else.
        var assets = Task.Run(ReadAssets);
        var content = Load();
        using var staging = new StagingFolder(output, _warn);
        // The other outputs (the search index, the feeds) start as soon as the content is loaded: what needs only the
        // content (the search index) is made while the figures are checked, what needs the model or the list of pages
        // waits for it. Overlapping stages are timed apart.
        // Each page's links are read as it is rendered; whether their targets exist is known once every file is written.
        var links = new LinkChecker(staging.Root);
        var modelled = new TaskCompletionSource<SiteModel>(TaskCreationOptions.RunContinuationsAsynchronously);
        var listed = new TaskCompletionSource<IReadOnlyList<Page>>(TaskCreationOptions.RunContinuationsAsynchronously);
        // A preview rebuild starts them only once the open pages are ready, as those are what its user waits for.
        var previewed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (rebuilding is null) previewed.SetResult();
        var others = Task.WhenAll(outputs.Select(extra => Task.Run(async () =>
        {
            await previewed.Task;
            extra.Write(content, modelled.Task, listed.Task, staging, options, _timings);
        })));
        try
        {
            SiteModel site;
            try { site = CheckAndModel(content); }
            catch (Exception e)
            {
                modelled.SetException(e);
                throw;
            }
            modelled.SetResult(site);
            WarnAboutMissingPhones(site);
            WarnAboutPublishingSettings(site.Content.Site);
            foreach (var mark in Content.Validation.ReviewMarks.Find(site.Content)) _warn(mark);
            IReadOnlyList<Page> pages;
            try { pages = ListPages(site); }
            catch (Exception e)
            {
                listed.SetException(e);
                throw;
            }
            listed.SetResult(pages);
            var renderer = new SitePageRenderer(site, options, rebuilding?.Parsed);
            rebuilding?.Prepared(new PreparedSite(pages, renderer));
            previewed.TrySetResult();
            _timings.Time("render", () => Render(renderer, pages, staging, links));
            _timings.Time("assets", () => WriteAssets(staging, assets.GetAwaiter().GetResult()));
        }
        catch
        {
            previewed.TrySetCanceled();
            modelled.TrySetCanceled();
            listed.TrySetCanceled();
            // Never leave the staging folder (removed on the way out) to a writer still running.
            others.ContinueWith(_ => { }, TaskScheduler.Default).Wait();
            throw;
        }
        others.GetAwaiter().GetResult();

        var (problems, files) = _timings.Time("links", links.Finish);
        if (problems.Count > 0) throw new BuildException(problems.Select(p => p.ToString()).ToList());
        _timings.Time("commit", staging.Commit);
        return new BuildReport(listed.Task.Result.Count, modelled.Task.Result.Programs.Count, files);
    }

    private void Render(SitePageRenderer renderer, IReadOnlyList<Page> pages, StagingFolder staging, LinkChecker links)
    {
        var count = 0;
        // Pages are independent: a Scriban context per page, the parsed templates shared.
        InParallel.ForEach(pages, page =>
        {
            var html = renderer.Render(page);
            staging.WriteSite(page.Path, SiteFiles.Bytes(html));
            links.Read(page.Path, html);
            var done = Interlocked.Increment(ref count);
            if (done % 500 == 0) progress($"rendered {done}/{pages.Count} pages");
        });
        progress($"rendered {count} pages");
    }

    private void WarnAboutMissingPhones(SiteModel site)
    {
        var without = site.Programs.Where(p => site.Contact(p).From == ContactSource.None).Select(p => p.Id).ToList();
        if (without.Count > 0)
            _warn($"{without.Count} programme(s) have no phone in their sources or their department's ({string.Join(", ", without.Take(5))}{(without.Count > 5 ? ", …" : "")}): " +
                  "set service_hotline (and service_hotline_name) in content/site.yaml so their pages offer the general line");
    }

    private void WarnAboutPublishingSettings(SiteSettings settings)
    {
        if (settings.SiteIdCode.Trim().Length == 0)
            _warn("site_id_code is empty in content/site.yaml: every page's SiteIDCode meta tag is blank until the web team " +
                  "fills in the identification code issued to the government website");
    }

    /// <summary>Loads and checks everything a build needs without writing anything (the 'check' verb uses this alone).</summary>
    public (SiteModel Site, IReadOnlyList<Page> Pages) Prepare()
    {
        var site = CheckAndModel(Load());
        return (site, ListPages(site));
    }

    private ContentSet Load()
    {
        progress("loading content");
        return _timings.Time("load", () => new ContentLoader(options.ContentDir, rebuilding?.Parsed).Load());
    }

    /// <summary>The content's figures checked against the seeds, and its cross-references resolved.</summary>
    private SiteModel CheckAndModel(ContentSet content)
    {
        progress($"checking {content.Programs.Count} programmes against their sources");
        var figureProblems = _timings.Time("check", () =>
            FigureCheck.Run(content, options.SeedsDir, rebuilding?.Checked).Concat(AnswerCheck.Run(content)).Concat(CaseCheck.Run(content)).ToList());
        if (figureProblems.Count > 0) throw new ContentException(figureProblems);
        var date = PublicationDate.Resolve(options.ContentDir, options.SourceDateEpoch);
        return _timings.Time("model", () => new SiteModel(content, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
    }

    /// <summary>Every page with its model; two pages at one address are refused.</summary>
    private IReadOnlyList<Page> ListPages(SiteModel site)
    {
        var pages = _timings.Time("pages", () => PageGenerators.All().SelectMany(g => g.Generate(site)).ToList());
        var duplicates = pages.GroupBy(p => p.Path).Where(g => g.Count() > 1).Select(g => $"two pages would be written to {g.Key}").ToList();
        if (duplicates.Count > 0) throw new BuildException(duplicates);
        return pages;
    }

    /// <summary>templates/assets as published (<see cref="AssetMinifier"/>), by their path in the site.</summary>
    private IReadOnlyList<(string Path, byte[] Bytes)> ReadAssets()
    {
        var assets = Path.Combine(options.TemplatesDir, "assets");
        if (!Directory.Exists(assets)) return [];
        var listing = ContainedFiles.List(assets);
        var problems = listing.Escapes.Select(e => $"{ContentPaths.Display(e)}: {ContainedFiles.Escaping(e, "templates")}")
            .Concat(listing.Broken.Select(b => $"{ContentPaths.Display(b)}: {ContainedFiles.Dangling(b)}"))
            .ToList();
        if (problems.Count > 0) throw new BuildException(problems);
        var minifier = rebuilding?.Assets ?? new MinifiedAssets();
        var published = InParallel.Map(listing.Files, file => (File: file, Published: minifier.Of(ContentPaths.Display(file), File.ReadAllBytes(file))));
        var broken = published.SelectMany(p => p.Published.Problems).ToList();
        if (broken.Count > 0) throw new BuildException(broken);
        return published.Select(p => ("assets/" + Path.GetRelativePath(assets, p.File).Replace('\\', '/'), p.Published.Bytes)).ToList();
    }

    private static void WriteAssets(StagingFolder staging, IReadOnlyList<(string Path, byte[] Bytes)> assets)
    {
        foreach (var (path, bytes) in assets) staging.WriteSite(path, bytes);
    }
}
