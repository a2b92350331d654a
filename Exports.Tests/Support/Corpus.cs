namespace Exports.Tests.Support;

/// <summary>
/// The corpus of real spreadsheets written by other tools, read in place from the folder that
/// <see cref="EnvironmentVariable"/> names. It has <c>xlsx/</c> and <c>csv/</c> subfolders.
/// </summary>
public static class Corpus
{
    /// <summary>Environment variable that names the corpus folder.</summary>
    public const string EnvironmentVariable = "EXPORTS_CORPUS_DIR";

    /// <summary>Why corpus tests skip when the variable is unset.</summary>
    public const string UnsetMessage =
        $"{EnvironmentVariable} is not set: set it to the corpus folder (with xlsx/ and csv/) to run this test.";

    /// <summary>Display name of the single placeholder case yielded when the corpus is unset.</summary>
    public const string UnsetCaseName = "corpus unset";

    /// <summary>Returns the corpus folder, or null when the variable is unset.</summary>
    public static string? FindDirectory()
    {
        var path = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(path))
        {
            return null;
        }

        if (!Directory.Exists(path))
        {
            throw new DirectoryNotFoundException(
                $"{EnvironmentVariable} names '{path}', which does not exist: point it at the corpus folder.");
        }

        return path;
    }

    /// <summary>
    /// One test case per file of a subfolder whose name ends in one of <paramref name="extensions"/>, named by
    /// file name; a single case with a null path when the corpus is unset, which the test turns into a skip
    /// through <see cref="RequireFile"/>.
    /// </summary>
    public static IEnumerable<TestCaseData> Files(string subfolder, params string[] extensions)
    {
        var directory = FindDirectory();
        if (directory is null)
        {
            return [new TestCaseData(null).SetArgDisplayNames(UnsetCaseName)];
        }

        return Directory.EnumerateFiles(Path.Combine(directory, subfolder))
            .Where(path => extensions.Any(extension => path.EndsWith(extension, StringComparison.OrdinalIgnoreCase)))
            .Order(StringComparer.Ordinal)
            .Select(path => new TestCaseData(path).SetArgDisplayNames(Path.GetFileName(path)));
    }

    /// <summary>Returns the path of a corpus case, or skips the test when the corpus is unset.</summary>
    public static string RequireFile(string? path)
    {
        if (path is null)
        {
            Assert.Ignore(UnsetMessage);
        }

        return path;
    }
}
