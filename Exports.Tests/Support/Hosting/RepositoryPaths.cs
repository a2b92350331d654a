namespace Exports.Tests.Support.Hosting;

/// <summary>Paths inside the repository the tests run from.</summary>
public static class RepositoryPaths
{
    /// <summary>The folder that contains <c>Exports.sln</c>.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The build configuration of the test assembly, such as <c>Debug</c>.</summary>
    public static string Configuration { get; } =
        new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent?.Name ?? "Debug";

    /// <summary>The sample workbook shipped in the docs.</summary>
    public static string SampleWorkbook => Path.Combine(Root, "docs", "samples", "budget.xlsx");

    /// <summary>The main assembly of a service project as its own build wrote it, such as <c>Exports.Api</c>.</summary>
    public static string ServiceAssembly(string project) =>
        Path.Combine(Root, project, "bin", Configuration, "net10.0", project + ".dll");

    /// <summary>The test signing service as its own build wrote it, beside the tests' sources.</summary>
    public static string TestSignerAssembly =>
        Path.Combine(Root, "Exports.Tests", "TestSigner", "bin", Configuration, "net10.0", "Exports.TestSigner.dll");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Exports.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException(
            $"No folder above '{AppContext.BaseDirectory}' contains Exports.sln: run the tests from the repository.");
    }
}
