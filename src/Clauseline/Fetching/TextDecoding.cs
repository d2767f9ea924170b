using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;

namespace Clauseline.Fetching;

/// <summary>
/// Decodes response bytes to text: the charset of the Content-Type header, else a byte-order mark,
/// else a <c>meta charset</c> in the first 2 KB, else a statistical guess, else UTF-8.
/// </summary>
public static partial class TextDecoding
{
    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(byte[] body, string? contentType)
    {
        var encoding = FromHeader(contentType) ?? FromBom(body) ?? FromMeta(body) ?? Guess(body) ?? Encoding.UTF8;
        var text = encoding.GetString(body);
        return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
    }

    private static Encoding? FromHeader(string? contentType)
    {
        if (contentType is null || !MediaTypeHeaderValue.TryParse(contentType, out var media) || media.CharSet is null)
            return null;
        return ByName(media.CharSet.Trim('"'));
    }

    private static Encoding? FromBom(byte[] body) => body switch
    {
        [0xEF, 0xBB, 0xBF, ..] => Encoding.UTF8,
        [0xFF, 0xFE, ..] => Encoding.Unicode,
        [0xFE, 0xFF, ..] => Encoding.BigEndianUnicode,
        _ => null,
    };

    private static Encoding? FromMeta(byte[] body)
    {
        var head = Encoding.ASCII.GetString(body, 0, Math.Min(body.Length, 2048));
        var match = MetaCharset().Match(head);
        return match.Success ? ByName(match.Groups[1].Value) : null;
    }

    private static Encoding? Guess(byte[] body)
    {
        if (IsValidUtf8(body))
            return Encoding.UTF8;
        var result = UtfUnknown.CharsetDetector.DetectFromBytes(body);
        return result.Detected?.Encoding;
    }

    private static bool IsValidUtf8(byte[] body)
    {
        try
        {
            _ = new UTF8Encoding(false, true).GetCharCount(body);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static Encoding? ByName(string name)
    {
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-:.]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();
}
