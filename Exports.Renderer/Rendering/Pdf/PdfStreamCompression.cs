using System.IO.Compression;
using PdfSharp.Pdf;

namespace Exports.Renderer.Rendering.Pdf;

/// <summary>
/// Compresses the streams of a finished document with FlateDecode in the zlib format of RFC 1950.
/// </summary>
/// <remarks>
/// PDFsharp 6.2.4 compresses streams itself (<c>PdfSharp.Pdf.Filters.FlateDecode.Encode</c>) by writing the two
/// zlib header bytes 0x78 0xDA and then the raw deflate data of <see cref="DeflateStream"/>, and never writes the
/// four-byte Adler-32 checksum that RFC 1950 requires after the deflate data. <c>/Length</c> counts the bytes
/// written correctly and the deflate data ends with its final block, so viewers that stop there show the pages.
/// zlib's inflate, which qpdf 11.3 uses, waits for the checksum after the final block and never reports the end
/// of the stream, so qpdf warns "input stream is complete but output may still be valid" and exits with 3.
/// <c>qpdf --check</c> decodes content streams, so it fails on PDFsharp's compressed page contents. Font files
/// are compressed the same way and fail as soon as qpdf decodes them too (<c>--decode-level=all</c>). The PDF
/// writer therefore lets PDFsharp compress nothing and compresses each stream here with
/// <see cref="ZLibStream"/>, which writes the checksum.
/// </remarks>
internal static class PdfStreamCompression
{
    private const string FilterKey = "/Filter";
    private const string LengthKey = "/Length";

    /// <summary>Compresses the stream of <paramref name="dictionary"/> unless it has none or has a filter.</summary>
    public static void Compress(PdfDictionary dictionary)
    {
        if (dictionary.Stream is not { } stream || dictionary.Elements[FilterKey] is not null)
        {
            return;
        }

        stream.Value = Deflate(stream.Value);
        dictionary.Elements.SetName(FilterKey, "/FlateDecode");
        dictionary.Elements.SetInteger(LengthKey, stream.Value.Length);
    }

    /// <summary>Returns <paramref name="data"/> in the zlib format: header, deflate data, Adler-32 checksum.</summary>
    public static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }
}
