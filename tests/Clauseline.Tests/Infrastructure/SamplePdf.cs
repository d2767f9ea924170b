using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Clauseline.Tests.Infrastructure;

/// <summary>Writes a one-page PDF with the given lines, with PdfPig's builder, for the PDF fetch tests.</summary>
public static class SamplePdf
{
    public static byte[] Create(params string[] lines)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(595, 842);
        var y = 800.0;
        foreach (var line in lines)
        {
            page.AddText(line, 10, new PdfPoint(40, y), font);
            y -= 24;
        }
        return builder.Build();
    }
}
