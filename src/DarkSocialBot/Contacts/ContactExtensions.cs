using DarkSocialBot.Core.Turns;

namespace DarkSocialBot.Contacts;

public static class ContactExtensions
{
    /// <summary>Contacts and the consent middleware (register before any other middleware: it may end the turn).</summary>
    public static IHostApplicationBuilder AddContacts(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ContactStore>();
        builder.Services.AddSingleton<DarkSocialBot.Core.Turns.IMiddleware, OptOutMiddleware>();
        return builder;
    }
}
