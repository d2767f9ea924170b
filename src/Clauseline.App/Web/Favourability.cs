namespace Clauseline.App.Web;

/// <summary>How another platform's provision compares with this one for the customer, by exposure score under the same profile.</summary>
public enum Favourability
{
    MoreFavourable,
    Similar,
    LessFavourable,
}

public static class Favourabilities
{
    /// <summary>Score points (of 100) within which two provisions count as handling the matter alike.</summary>
    public const int Margin = 5;

    /// <summary>Another provision's standing against this one: a lower exposure score by <see cref="Margin"/> or more is better for the customer.</summary>
    public static Favourability Compare(int here, int other) =>
        other <= here - Margin ? Favourability.MoreFavourable
        : other >= here + Margin ? Favourability.LessFavourable
        : Favourability.Similar;

    public static string Text(this Favourability favourability) => favourability switch
    {
        Favourability.MoreFavourable => "more favourable to the customer",
        Favourability.LessFavourable => "less favourable to the customer",
        _ => "similar",
    };

    public static string Css(this Favourability favourability) => favourability switch
    {
        Favourability.MoreFavourable => "better",
        Favourability.LessFavourable => "worse",
        _ => "same",
    };
}
