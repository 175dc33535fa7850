namespace DarkSocialBot.Core.State;

/// <summary>A named, typed slot in conversation or user state (declare once, use with <see cref="StateBag"/>).</summary>
public sealed record StateProperty<T>(string Name, Func<T> CreateDefault) where T : class;
