using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DarkSocialBot.Storage;

/// <summary>DateTimeOffset as UTC ticks (a long): orderable in SQL on every provider, one representation everywhere.</summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
