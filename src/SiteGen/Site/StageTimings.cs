using System.Diagnostics;

namespace SiteGen.Site;

/// <summary>How long each stage of one build took, in the order they ran ('sitegen build --timings' prints them).</summary>
public sealed class StageTimings
{
    private readonly List<(string Stage, TimeSpan Took)> _stages = [];
    private readonly Stopwatch _total = Stopwatch.StartNew();

    public IReadOnlyList<(string Stage, TimeSpan Took)> Stages => _stages;

    public TimeSpan Total => _total.Elapsed;

    public T Time<T>(string stage, Func<T> work)
    {
        var watch = Stopwatch.StartNew();
        var result = work();
        Add(stage, watch.Elapsed);
        return result;
    }

    public void Time(string stage, Action work) => Time(stage, () => { work(); return 0; });

    /// <summary>A stage timed elsewhere; a stage seen twice is summed.</summary>
    public void Add(string stage, TimeSpan took)
    {
        lock (_stages)
        {
            var at = _stages.FindIndex(s => s.Stage == stage);
            if (at < 0) _stages.Add((stage, took));
            else _stages[at] = (stage, _stages[at].Took + took);
        }
    }
}
