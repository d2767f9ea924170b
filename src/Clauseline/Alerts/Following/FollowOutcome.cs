using Clauseline.Alerts.Subscriptions;

namespace Clauseline.Alerts.Following;

/// <summary>What came of a request to follow or unfollow: done (with the subscription added, if any) or refused, with a message for the user either way.</summary>
public sealed record FollowOutcome(bool Succeeded, string Message, Subscription? Subscription = null)
{
    public static FollowOutcome Done(string message, Subscription? subscription = null) => new(true, message, subscription);

    public static FollowOutcome Refused(string message) => new(false, message);
}
