using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Clauseline.App.Web.Api;

/// <summary>
/// Which page a list request asks for: <c>?limit=</c> (1 to the maximum, the default when left out) and
/// <c>?cursor=</c>, the opaque position after which the page starts, as the previous page's <c>next</c> link gave it.
/// </summary>
public sealed record PageRequest(int Limit, string? After, string Path, IReadOnlyList<KeyValuePair<string, string?>> Query)
{
    /// <summary>Reads the page asked for, or says why it cannot be read.</summary>
    public static (PageRequest? Request, string? Problem) Read(HttpRequest request, ApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(options);
        var limit = options.DefaultPageSize;
        var text = request.Query["limit"].ToString();
        if (text.Length > 0 && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 1 || limit > options.MaxPageSize))
            return (null, $"limit must be a whole number from 1 to {options.MaxPageSize}; '{text}' is not.");
        string? after = null;
        var cursor = request.Query["cursor"].ToString();
        if (cursor.Length > 0 && (after = Decode(cursor)) is null)
            return (null, $"cursor '{cursor}' is not one this API gave: follow the next link of the previous page.");
        var query = request.Query.Where(q => q.Key is not ("limit" or "cursor")).SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v))).ToList();
        return (new PageRequest(limit, after, request.PathBase + request.Path, query), null);
    }

    /// <summary>The address of the page that starts after <paramref name="key"/>, with the request's other parameters kept.</summary>
    public string NextLink(string key)
    {
        var query = new List<KeyValuePair<string, string?>>(Query) { new("limit", Limit.ToString(CultureInfo.InvariantCulture)), new("cursor", Encode(key)) };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(Path, query);
    }

    private static string Encode(string key) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(key));

    private static string? Decode(string cursor)
    {
        try
        {
            return Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
