using System.Runtime.ExceptionServices;

namespace SiteGen.Concurrency;

/// <summary>
/// Work spread over the cores that reads as if it ran on one: results come back in input order, and the first error
/// (in input order, so the same one every time) is rethrown as itself, not wrapped in an AggregateException, so
/// callers report it as they would any other (an unreadable file as a file error, a template error at its line).
/// Every stage that uses more than one core goes through here.
/// </summary>
public static class InParallel
{
    // One worker a core: left unbounded, a loop takes every thread the pool will give, and a process that keeps the pool
    // large (the preview server, so its requests never wait) would run dozens of workers on two cores and starve the rest.
    private static readonly ParallelOptions OneWorkerACore = new() { MaxDegreeOfParallelism = Environment.ProcessorCount };

    public static TResult[] Map<T, TResult>(IReadOnlyList<T> items, Func<T, TResult> work)
    {
        var results = new TResult[items.Count];
        var errors = new Exception?[items.Count];
        Parallel.For(0, items.Count, OneWorkerACore, (i, state) =>
        {
            try { results[i] = work(items[i]); }
            catch (Exception e)
            {
                errors[i] = e;
                state.Break();
            }
        });
        if (errors.FirstOrDefault(e => e is not null) is { } first) ExceptionDispatchInfo.Throw(first);
        return results;
    }

    public static void ForEach<T>(IReadOnlyList<T> items, Action<T> work) => Map(items, item => { work(item); return 0; });
}
