using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Exports.Tests.Benchmarks;

/// <summary>
/// Runs the benchmarks through BenchmarkDotNet inside the test process. They take minutes, so they run only
/// when selected by name and <see cref="EnvironmentVariable"/> is 1; docs/benchmarks.md has the command.
/// </summary>
[TestFixture]
[Explicit("Benchmarks take minutes; run them on purpose, see docs/benchmarks.md.")]
public sealed class BenchmarkRun
{
    /// <summary>Environment variable that must be 1 for the benchmarks to run.</summary>
    public const string EnvironmentVariable = "EXPORTS_RUN_BENCHMARKS";

    [Test]
    public void XlsxWriterBenchmarksRun()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) != "1")
        {
            Assert.Ignore($"Set {EnvironmentVariable}=1 to run the benchmarks.");
        }

        var job = Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithWarmupCount(2)
            .WithIterationCount(5);
        var config = DefaultConfig.Instance
            .AddJob(job)
            .WithArtifactsPath(Path.Combine(Path.GetTempPath(), "exports-benchmarks"));

        var summary = BenchmarkRunner.Run<XlsxWriterBenchmarks>(config);

        Assert.That(summary.HasCriticalValidationErrors, Is.False);
    }
}
