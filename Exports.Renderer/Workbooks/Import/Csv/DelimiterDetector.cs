namespace Exports.Renderer.Workbooks.Import.Csv;

/// <summary>
/// Picks the field delimiter among comma, semicolon, tab and pipe from the first records of a file. Each
/// candidate splits the sample honouring double quotes. The winner is the candidate whose records most often
/// have the same field count, and that count must be at least 2. Ties go to the larger field count, then to the order
/// above; a sample no candidate splits is read with commas.
/// </summary>
internal static class DelimiterDetector
{
    public const char Default = ',';

    private const int MaxSampleRecords = 50;

    private static readonly char[] Candidates = [',', ';', '\t', '|'];

    /// <summary>Detects the delimiter; <paramref name="complete"/> is true when the sample is the whole file.</summary>
    public static char Detect(ReadOnlySpan<char> sample, bool complete)
    {
        var best = Default;
        (double Consistency, int Fields) bestScore = (0, 0);
        foreach (var candidate in Candidates)
        {
            var score = Score(FieldCounts(sample, candidate, complete));
            if (score.Fields >= 2 && (score.Consistency > bestScore.Consistency
                || (score.Consistency == bestScore.Consistency && score.Fields > bestScore.Fields)))
            {
                (best, bestScore) = (candidate, score);
            }
        }

        return best;
    }

    private static (double Consistency, int Fields) Score(List<int> counts)
    {
        if (counts.Count == 0)
        {
            return (0, 0);
        }

        var mode = counts.GroupBy(count => count)
            .OrderByDescending(group => group.Count())
            .ThenByDescending(group => group.Key)
            .First();

        return ((double)mode.Count() / counts.Count, mode.Key);
    }

    private static List<int> FieldCounts(ReadOnlySpan<char> sample, char delimiter, bool complete)
    {
        List<int> counts = [];
        var fields = 1;
        var inQuotes = false;
        var atFieldStart = true;
        var recordHasContent = false;
        for (var index = 0; index < sample.Length && counts.Count < MaxSampleRecords; index++)
        {
            var character = sample[index];
            if (inQuotes)
            {
                if (character == '"')
                {
                    var escaped = index + 1 < sample.Length && sample[index + 1] == '"';
                    inQuotes = escaped;
                    index += escaped ? 1 : 0;
                }

                continue;
            }

            if (character is '\r' or '\n')
            {
                if (character == '\r' && index + 1 < sample.Length && sample[index + 1] == '\n')
                {
                    index++;
                }

                if (recordHasContent)
                {
                    counts.Add(fields);
                }

                (fields, atFieldStart, recordHasContent) = (1, true, false);
                continue;
            }

            recordHasContent = true;
            if (character == delimiter)
            {
                (fields, atFieldStart) = (fields + 1, true);
                continue;
            }

            inQuotes = character == '"' && atFieldStart;
            atFieldStart = false;
        }

        if (complete && recordHasContent && counts.Count < MaxSampleRecords)
        {
            counts.Add(fields);
        }

        return counts;
    }
}
