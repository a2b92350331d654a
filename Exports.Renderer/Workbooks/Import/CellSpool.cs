using System.Text;
using Exports.Renderer.Workbooks.Normalized;

namespace Exports.Renderer.Workbooks.Import;

/// <summary>
/// Holds cells that arrive out of order in a temporary file and gives them back in row-major order. Only a
/// position key and a file offset per cell (16 bytes) stay in memory.
/// </summary>
internal sealed class CellSpool : IDisposable
{
    private readonly FileStream file;
    private readonly BinaryWriter writer;
    private readonly List<(long Key, long Offset)> entries = [];

    public CellSpool()
    {
        file = new FileStream(
            Path.GetTempFileName(),
            FileMode.Create,
            FileAccess.ReadWrite,
            FileShare.None,
            64 * 1024,
            FileOptions.DeleteOnClose);
        writer = new BinaryWriter(file, new UTF8Encoding(false), leaveOpen: true);
    }

    public void Add(in NormalizedCell cell)
    {
        entries.Add((((long)cell.Row << 20) | (uint)cell.Column, file.Position));
        writer.Write((byte)cell.Kind);
        writer.Write(cell.Row);
        writer.Write(cell.Column);
        writer.Write(cell.StyleId);
        writer.Write(cell.Number);
        writer.Write(cell.Text ?? string.Empty);
        writer.Write(cell.Formula is not null);
        writer.Write(cell.Formula ?? string.Empty);
    }

    /// <summary>Returns the cells sorted by position; of several cells at one position only the last added.</summary>
    public IEnumerable<NormalizedCell> ReadSorted()
    {
        writer.Flush();
        var order = Enumerable.Range(0, entries.Count).ToArray();
        Array.Sort(order, (left, right) =>
        {
            var byKey = entries[left].Key.CompareTo(entries[right].Key);

            return byKey != 0 ? byKey : left.CompareTo(right);
        });

        using var reader = new BinaryReader(file, new UTF8Encoding(false), leaveOpen: true);
        for (var index = 0; index < order.Length; index++)
        {
            var next = index + 1;
            if (next < order.Length && entries[order[next]].Key == entries[order[index]].Key)
            {
                continue;
            }

            file.Position = entries[order[index]].Offset;
            yield return Read(reader);
        }
    }

    public void Dispose()
    {
        writer.Dispose();
        file.Dispose();
    }

    private static NormalizedCell Read(BinaryReader reader)
    {
        var kind = (CellKind)reader.ReadByte();
        var row = reader.ReadInt32();
        var column = reader.ReadInt32();
        var styleId = reader.ReadInt32();
        var number = reader.ReadDouble();
        var text = reader.ReadString();
        var hasFormula = reader.ReadBoolean();
        var formula = reader.ReadString();

        var textValue = kind is CellKind.Text or CellKind.Error ? text : null;

        return new NormalizedCell(row, column, kind, number, textValue, styleId, hasFormula ? formula : null);
    }
}
