namespace Clauseline.Alerts.Delivering;

/// <summary>A delivery as the deliveries page lists it: with its channel's kind and target and its subject.</summary>
public sealed record DeliveryListing(Delivery Delivery, Channels.ChannelKind ChannelKind, string ChannelTarget);
