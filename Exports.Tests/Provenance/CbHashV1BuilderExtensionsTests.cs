using Exports.Renderer.Provenance;
using Exports.Renderer.Workbooks.Normalized;

namespace Exports.Tests.Provenance;

[TestFixture]
public sealed class CbHashV1BuilderExtensionsTests
{
    [Test]
    public void NormalizedCellsHashLikeTypedCells()
    {
        NormalizedCell[] cells =
        [
            NormalizedCell.FromNumber(1, 1, 0.1 + 0.2),
            NormalizedCell.FromDateSerial(1, 2, 45658.5),
            NormalizedCell.FromBoolean(1, 3, true),
            NormalizedCell.FromBoolean(1, 4, false),
            NormalizedCell.FromText(1, 5, "a\r\nb"),
            NormalizedCell.FromError(1, 6, "#DIV/0!"),
        ];

        var normalized = Hash(builder =>
        {
            foreach (var cell in cells)
            {
                builder.Add(cell);
            }
        });

        var typed = Hash(builder =>
        {
            builder.AddNumber(1, 1, 0.3);
            builder.AddNumber(1, 2, 45658.5);
            builder.AddCell(1, 3, CbHashValueType.Boolean, "TRUE");
            builder.AddCell(1, 4, CbHashValueType.Boolean, "FALSE");
            builder.AddCell(1, 5, CbHashValueType.String, "a\nb");
            builder.AddCell(1, 6, CbHashValueType.Error, "#DIV/0!");
        });

        Assert.That(normalized, Is.EqualTo(typed));
    }

    [Test]
    public void StyleAndFormulaLeaveHashUnchanged()
    {
        var plain = Hash(builder => builder.Add(NormalizedCell.FromNumber(2, 2, 10)));

        var styled = Hash(builder => builder.Add(new NormalizedCell(2, 2, CellKind.Number, 10, null, 7, "SUM(A1:A4)")));

        Assert.That(styled, Is.EqualTo(plain));
    }

    [Test]
    public void EmptyTextCellIsSkipped()
    {
        var empty = Hash(builder => builder.Add(NormalizedCell.FromText(1, 1, string.Empty)));

        var none = Hash(_ => { });

        Assert.That(empty, Is.EqualTo(none));
    }

    [Test]
    public void UndefinedCellKindThrows()
    {
        using var builder = new CbHashV1Builder();
        builder.BeginSheet("A");
        var cell = new NormalizedCell(1, 1, (CellKind)99, 0, null);

        var add = () => builder.Add(cell);

        Assert.That(add, Throws.TypeOf<ArgumentOutOfRangeException>().With.Message.Contains("not defined"));
    }

    private static string Hash(Action<CbHashV1Builder> addCells)
    {
        using var builder = new CbHashV1Builder();
        builder.BeginSheet("Sheet1");
        addCells(builder);

        return builder.Complete().DataHash;
    }
}
