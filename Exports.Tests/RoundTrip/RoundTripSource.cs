namespace Exports.Tests.RoundTrip;

/// <summary>A file a round trip starts from: a corpus file read in place, or one a test builds.</summary>
public sealed class RoundTripSource
{
    private readonly string? corpusPath;
    private readonly Func<byte[]>? build;

    private RoundTripSource(string fileName, string? corpusPath, Func<byte[]>? build)
    {
        FileName = fileName;
        this.corpusPath = corpusPath;
        this.build = build;
    }

    /// <summary>File name, which the import keeps as the workbook name and which names the test case.</summary>
    public string FileName { get; }

    /// <summary>Creates a source that is a corpus file.</summary>
    public static RoundTripSource FromCorpus(string path) => new(Path.GetFileName(path), path, null);

    /// <summary>Creates a source that <paramref name="build"/> writes when a test needs it.</summary>
    public static RoundTripSource Built(string fileName, Func<byte[]> build) => new(fileName, null, build);

    /// <summary>Returns the path of the source file, writing a built one into <paramref name="folder"/>.</summary>
    public string Materialize(string folder)
    {
        if (corpusPath is not null)
        {
            return corpusPath;
        }

        var path = Path.Combine(folder, FileName);
        File.WriteAllBytes(path, build!());

        return path;
    }

    /// <inheritdoc />
    public override string ToString() => FileName;
}
