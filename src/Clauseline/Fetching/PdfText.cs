using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Clauseline.Fetching;

/// <summary>The text of a PDF, page by page, through PdfPig; paragraphs separated by blank lines.</summary>
public static class PdfText
{
    public static bool LooksLikePdf(byte[] body, string? contentType) =>
        body.AsSpan().StartsWith("%PDF-"u8)
        || (contentType?.Contains("application/pdf", StringComparison.OrdinalIgnoreCase) ?? false);

    /// <summary>The text of every page, or null when the bytes are not a readable PDF.</summary>
    public static string? Extract(byte[] body)
    {
        try
        {
            using var document = PdfDocument.Open(body);
            var text = new StringBuilder();
            foreach (var page in document.GetPages())
            {
                var pageText = ContentOrderTextExtractor.GetText(page);
                text.Append(pageText.Trim()).Append("\n\n");
            }
            return text.ToString();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null;
        }
    }
}
