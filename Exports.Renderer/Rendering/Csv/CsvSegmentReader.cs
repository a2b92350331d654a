using System.Collections;
using System.Collections.ObjectModel;
using System.Data.Common;

namespace Exports.Renderer.Rendering.Csv;

/// <summary>
/// Presents a run of consecutive records of equal field count as a <see cref="DbDataReader"/> of strings.
/// Sylvan's <c>CsvDataWriter</c> reads the field count once per reader, so each run of equal width is one
/// reader; the run ends before the first record of another width, which starts the next run.
/// </summary>
internal sealed class CsvSegmentReader : DbDataReader, IDbColumnSchemaGenerator
{
    private readonly CsvRecordSource source;
    private readonly int fieldCount;
    private bool started;

    /// <summary>Starts a run at the source's current record.</summary>
    public CsvSegmentReader(CsvRecordSource source)
    {
        this.source = source;
        fieldCount = source.Current.Length;
    }

    /// <summary>Whether the source ran out of records, as opposed to reaching a record of another width.</summary>
    public bool SourceEnded { get; private set; }

    /// <inheritdoc />
    public override int FieldCount => fieldCount;

    /// <inheritdoc />
    public override bool Read()
    {
        if (!started)
        {
            started = true;
            return true;
        }

        if (!source.MoveNext())
        {
            SourceEnded = true;
            return false;
        }

        return source.Current.Length == fieldCount;
    }

    /// <inheritdoc />
    public override string GetString(int ordinal) => source.Current[ordinal]!;

    /// <inheritdoc />
    public override object GetValue(int ordinal) => (object?)source.Current[ordinal] ?? DBNull.Value;

    /// <inheritdoc />
    public override bool IsDBNull(int ordinal) => source.Current[ordinal] is null;

    /// <inheritdoc />
    public override Type GetFieldType(int ordinal) => typeof(string);

    /// <inheritdoc />
    public override string GetName(int ordinal) => string.Empty;

    /// <inheritdoc />
    public override string GetDataTypeName(int ordinal) => "string";

    /// <inheritdoc />
    public ReadOnlyCollection<DbColumn> GetColumnSchema() =>
        new([.. Enumerable.Range(0, fieldCount).Select(_ => (DbColumn)new CsvTextColumn())]);

    /// <inheritdoc />
    public override int GetOrdinal(string name) => throw NotText();

    /// <inheritdoc />
    public override bool GetBoolean(int ordinal) => throw NotText();

    /// <inheritdoc />
    public override byte GetByte(int ordinal) => throw NotText();

    /// <inheritdoc />
    public override long GetBytes(int ordinal, long dataOffset, byte[]? buffer, int bufferOffset, int length) =>
        throw NotText();

    /// <inheritdoc />
    public override char GetChar(int ordinal) => throw NotText();

    /// <inheritdoc />
    public override long GetChars(int ordinal, long dataOffset, char[]? buffer, int bufferOffset, int length) =>
        throw NotText();

    /// <inheritdoc />
    public override DateTime GetDateTime(int ordinal) => throw NotText();

    /// <inheritdoc />
    public override decimal GetDecimal(int ordinal) => throw NotText();

    /// <inheritdoc />
    public override double GetDouble(int ordinal) => throw NotText();

    /// <inheritdoc />
    public override float GetFloat(int ordinal) => throw NotText();

    /// <inheritdoc />
    public override Guid GetGuid(int ordinal) => throw NotText();

    /// <inheritdoc />
    public override short GetInt16(int ordinal) => throw NotText();

    /// <inheritdoc />
    public override int GetInt32(int ordinal) => throw NotText();

    /// <inheritdoc />
    public override long GetInt64(int ordinal) => throw NotText();

    /// <inheritdoc />
    public override int GetValues(object[] values) => throw NotText();

    /// <inheritdoc />
    public override object this[int ordinal] => GetValue(ordinal);

    /// <inheritdoc />
    public override object this[string name] => throw NotText();

    /// <inheritdoc />
    public override int RecordsAffected => -1;

    /// <inheritdoc />
    public override bool HasRows => true;

    /// <inheritdoc />
    public override bool IsClosed => false;

    /// <inheritdoc />
    public override int Depth => 0;

    /// <inheritdoc />
    public override bool NextResult() => false;

    /// <inheritdoc />
    public override IEnumerator GetEnumerator() => throw NotText();

    private static NotSupportedException NotText() =>
        new("CSV records hold formatted text only: read fields with GetString or GetValue.");

    private sealed class CsvTextColumn : DbColumn
    {
        public CsvTextColumn()
        {
            ColumnName = string.Empty;
            DataType = typeof(string);
            AllowDBNull = true;
        }
    }
}
