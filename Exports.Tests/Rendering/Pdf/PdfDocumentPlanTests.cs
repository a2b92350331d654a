using Exports.Renderer.Rendering.Pdf;
using Exports.Renderer.Workbooks.Normalized;

namespace Exports.Tests.Rendering.Pdf;

/// <summary>Page plans from sheet statistics alone, before anything is drawn.</summary>
[TestFixture]
public sealed class PdfDocumentPlanTests
{
    [Test]
    public void NarrowSheetIsPortrait()
    {
        var plan = Plan(500, Sheet(rows: 10, columnCharacters: [10, 10, 10]));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(plan.Sheets[0].Layout.IsLandscape, Is.False);
            Assert.That(plan.Sheets[0].Layout.Bands, Has.Count.EqualTo(1));
            Assert.That(plan.PageCount, Is.EqualTo(1));
        }
    }

    [Test]
    public void WideSheetIsLandscape()
    {
        var plan = Plan(500, Sheet(rows: 10, columnCharacters: [30, 30, 30, 30]));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(plan.Sheets[0].Layout.IsLandscape, Is.True);
            Assert.That(plan.Sheets[0].Layout.PageWidth, Is.EqualTo(842));
            Assert.That(plan.Sheets[0].Layout.Bands, Has.Count.EqualTo(1));
        }
    }

    [Test]
    public void WidestSheetSplitsIntoBands()
    {
        var plan = Plan(500, Sheet(rows: 100, columnCharacters: [.. Enumerable.Repeat(30, 12)]));

        var sheet = plan.Sheets[0];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(sheet.Layout.Bands, Has.Count.EqualTo(3));
            Assert.That(
                sheet.Layout.Bands.SelectMany(band => band).Select(column => column.Number),
                Is.EqualTo(Enumerable.Range(1, 12)));
            Assert.That(sheet.RowBlocks, Is.EqualTo(3), "99 rows below the header, 38 per landscape page");
            Assert.That(plan.PageCount, Is.EqualTo(9));
        }
    }

    [Test]
    public void PageCountFollowsRowCount()
    {
        var plan = Plan(500, Sheet(rows: 1 + (58 * 4)), Sheet(rows: 1 + (58 * 4) + 1), Sheet(rows: 0));

        Assert.That(plan.Sheets.Select(sheet => sheet.Pages), Is.EqualTo(new[] { 4, 5, 1 }));
    }

    [Test]
    public void SheetWithoutHeaderUsesEveryRow()
    {
        var plan = Plan(500, Sheet(rows: 59 * 2, firstRow: 5));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(plan.Sheets[0].DataRowsPerPage, Is.EqualTo(59));
            Assert.That(plan.PageCount, Is.EqualTo(2));
        }
    }

    [Test]
    public void LimitCutsRowsInOrder()
    {
        var plan = Plan(3, Sheet(rows: 1 + (58 * 2)), Sheet(rows: 1 + (58 * 5)), Sheet(rows: 4));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(plan.PageCount, Is.EqualTo(3));
            Assert.That(plan.Sheets.Select(sheet => sheet.RowsOmitted), Is.EqualTo(new[] { 0, 58 * 4, 4 }));
            Assert.That(plan.RowsOmitted, Is.EqualTo((58 * 4) + 4));
        }
    }

    [Test]
    public void LimitKeepsWholeColumnBands()
    {
        var wide = Sheet(rows: 200, columnCharacters: [.. Enumerable.Repeat(30, 12)]);

        var plan = Plan(10, wide);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(plan.Sheets[0].RowBlocks, Is.EqualTo(3));
            Assert.That(plan.PageCount, Is.EqualTo(9));
            Assert.That(plan.Sheets[0].ColumnsOmitted, Is.False);
        }
    }

    [Test]
    public void FirstSheetAlwaysGetsAPage()
    {
        var plan = Plan(2, Sheet(rows: 5, columnCharacters: [.. Enumerable.Repeat(30, 12)]));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(plan.PageCount, Is.EqualTo(2));
            Assert.That(plan.Sheets[0].ColumnsOmitted, Is.True);
            Assert.That(plan.Sheets[0].RowsOmitted, Is.Zero);
        }
    }

    [Test]
    public void NoSheetIsRejected()
    {
        Assert.That(
            () => PdfDocumentPlan.Create([], 500),
            Throws.ArgumentException.With.Message.Contains("at least one sheet"));
    }

    private static PdfDocumentPlan Plan(int maxPages, params PdfSheetInput[] sheets) =>
        PdfDocumentPlan.Create(sheets, maxPages);

    private static PdfSheetInput Sheet(int rows, int[]? columnCharacters = null, int firstRow = 1)
    {
        columnCharacters ??= [8, 8];
        var statistics = new SheetStatistics
        {
            MaxRow = rows == 0 ? 0 : firstRow + rows - 1,
            MaxColumn = columnCharacters.Length,
            RowsWithValues = rows,
            CellCount = (long)rows * columnCharacters.Length,
            ColumnWidths = [.. columnCharacters.Select((characters, index) => new ColumnWidth(index + 1, characters))],
        };
        var descriptor = new SheetDescriptor { SheetId = "s", Index = 0, Name = "Sheet", Statistics = statistics };

        return new PdfSheetInput(descriptor, "Foundation - Sheet", rows == 0 ? 0 : firstRow);
    }
}
