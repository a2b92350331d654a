using Exports.Tests.Support;

namespace Exports.Tests.RoundTrip;

/// <summary>
/// Test cases of the round trip: every corpus workbook (<c>.xlsx</c>, <c>.xlsm</c>) and text file (<c>.csv</c>,
/// <c>.tsv</c>), each named by its file name, then the built sources, which need no corpus. When the corpus is
/// unset, one case with a null source stands for it and is skipped with the reason.
/// </summary>
public static class RoundTripSources
{
    /// <summary>Every case, corpus first.</summary>
    public static IEnumerable<TestCaseData> All()
    {
        var corpusPaths = Corpus.Files("xlsx", ".xlsx", ".xlsm")
            .Concat(Corpus.Files("csv", ".csv", ".tsv"))
            .Select(testCase => testCase.Arguments[0] as string)
            .ToList();
        IEnumerable<TestCaseData> corpusCases = corpusPaths.Contains(null)
            ? [new TestCaseData(null).SetArgDisplayNames(Corpus.UnsetCaseName)]
            : corpusPaths.Select(path => Case(RoundTripSource.FromCorpus(path!)));

        return corpusCases.Concat(BuiltSources.All.Select(Case));
    }

    /// <summary>Returns the source of a case, or skips the test when it stands for an unset corpus.</summary>
    public static RoundTripSource Require(RoundTripSource? source)
    {
        if (source is null)
        {
            Assert.Ignore(Corpus.UnsetMessage);
        }

        return source;
    }

    private static TestCaseData Case(RoundTripSource source) =>
        new TestCaseData(source).SetArgDisplayNames(source.FileName);
}
