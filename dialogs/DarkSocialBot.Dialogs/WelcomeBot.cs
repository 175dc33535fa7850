using System.Text.Json;
using DarkSocialBot.Core.Activities;
using DarkSocialBot.Core.Turns;

namespace DarkSocialBot.Dialogs;

/// <summary>
/// The starter bot: welcomes each new member once and answers messages simply, in English or French.
/// Also answers the Bot Framework <c>healthCheck</c> invoke.
/// </summary>
public sealed class WelcomeBot : IBot
{
    public Task OnTurnAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var activity = context.Activity;
        var french = context.Locale.StartsWith("fr", StringComparison.OrdinalIgnoreCase);
        switch (activity.Type)
        {
            case ActivityTypes.ConversationUpdate:
                // One welcome per human joining: the bot's own membership (recipient) is not greeted.
                foreach (var member in activity.MembersAdded ?? [])
                    if (member.Id != activity.Recipient?.Id)
                        context.Send(french ? "Bonjour et bienvenue ! Comment puis-je vous aider ?" : "Hello and welcome! How can I help you today?");
                break;
            case ActivityTypes.Message when !string.IsNullOrWhiteSpace(activity.Text):
                context.Send(french ? $"Bien reçu : « {Trim(activity.Text)} »." : $"Got it: \"{Trim(activity.Text)}\".");
                break;
            case ActivityTypes.Message:
                context.Send(french ? "Je ne lis que le texte pour l'instant : pouvez-vous l'écrire ?" : "I can only read text for now: could you type it?");
                break;
            case ActivityTypes.Invoke when activity.Name == "healthCheck":
                context.InvokeResponse = new InvokeResponse(200, JsonSerializer.SerializeToElement(new { healthResults = new { success = true, messages = new[] { "Success" } } }));
                break;
        }
        return Task.CompletedTask;
    }

    private static string Trim(string text) => text.Length > 200 ? text[..200] + "…" : text.Trim();
}
