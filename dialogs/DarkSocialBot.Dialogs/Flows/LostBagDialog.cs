using DarkSocialBot.Core.Activities;
using DarkSocialBot.Core.Dialogs;
using DarkSocialBot.Core.Dialogs.Prompts;
using DarkSocialBot.Core.Recognizers;
using DarkSocialBot.Core.State;
using DarkSocialBot.Dialogs.Airline;
using DarkSocialBot.Dialogs.Prompts;
using DarkSocialBot.Dialogs.Texts;

namespace DarkSocialBot.Dialogs.Flows;

/// <summary>
/// A lost, delayed or damaged bag: opens the booking, asks for a description and a phone number (E.164, read in the region
/// of the customer's language; on SMS and WhatsApp the number they write from is offered, "yes" takes it), confirms (another
/// number given there instead of yes or no replaces the one in the summary, which is confirmed again), files the report and
/// gives its reference. Photos and documents sent meanwhile are filed with the report.
/// </summary>
internal sealed class LostBagDialog : ComponentDialog
{
    public const string DialogId = "lostBag";
    private const int MaxDescription = 500;
    private const string Steps = DialogId + ".steps";
    private const string ConfirmPromptId = DialogId + ".confirm";
    private readonly IAirlineBackend _airline;
    private readonly BrandTexts _texts;

    public LostBagDialog(IAirlineBackend airline, BrandTexts texts) : base(DialogId)
    {
        _airline = airline;
        _texts = texts;
        Add(new WaterfallDialog<LostBagState>(Steps)
            .Step(OpenBookingAsync)
            .Step(AskDescriptionAsync)
            .Step(AskPhoneAsync)
            .Step(ConfirmAsync)
            .Step(ReportAsync));
        Add(new TextPrompt(BrandPrompts.FreeText, (prompt, _) => Task.FromResult(DescribesABag(prompt.Recognized.Value))));
        Add(new ContactPhonePrompt(BrandPrompts.ContactPhone, texts.LostBag.PhoneCountry));
        Add(new ConfirmOrPhonePrompt(ConfirmPromptId));
    }

    /// <summary>
    /// A photo or document at any of the report's questions (a damaged bag, a baggage tag) is kept for the report and
    /// acknowledged; alone, the question is asked again (not counted as a failed answer); with a caption, the caption answers it.
    /// </summary>
    public override async Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (await Evidence.AcknowledgeAsync(dc, _texts.LostBag.EvidenceKept, () => RepromptAsync(dc, cancellationToken))) return DialogTurnResult.Waiting;
        if (!AsksAboutTheReturn(dc.Activity.Text)) return await base.ContinueAsync(dc, cancellationToken);
        // "how long does it usually take to get it back?", "will you deliver it to my hotel?": answered, then the question again.
        dc.Send(_texts.LostBag.WhatNext);
        await RepromptAsync(dc, cancellationToken);
        return DialogTurnResult.Waiting;
    }

    private static readonly HashSet<string> ReturnWords = new(StringComparer.Ordinal)
    {
        "long", "deliver", "delivered", "delivery", "hotel", "address", "back", "found", "return", "returned", "temps", "livrer",
        "livré", "livrée", "livraison", "hôtel", "adresse", "retrouver", "retrouvé", "retrouvée", "récupérer", "rendre", "rendu",
    };

    /// <summary>A question about when and how the bag comes back, asked during the report.</summary>
    private static bool AsksAboutTheReturn(string? text) => OpenQuestion.Asks(text) && CustomerWords.Of(text).Any(ReturnWords.Contains);

    // One word that says nothing of the bag: an answer to something else, or just "bag".
    private static readonly HashSet<string> NotADescription = new(StringComparer.OrdinalIgnoreCase)
    {
        "yes", "no", "ok", "okay", "thanks", "oui", "non", "merci", "bag", "bags", "baggage", "luggage", "suitcase",
        "bagage", "bagages", "valise", "sac",
    };

    /// <summary>"yes" or "baggage" alone was taken as the description the agents would search for.</summary>
    private static bool DescribesABag(string? text)
    {
        var words = CustomerWords.Of(text);
        return !(words.Length == 1 && NotADescription.Contains(words[0]));
    }

    private Task<DialogTurnResult> OpenBookingAsync(WaterfallStep<LostBagState> step, CancellationToken cancellationToken)
    {
        if (step.State.Phone is not null) return step.NextAsync(null, cancellationToken); // a corrected number: confirm again
        var request = step.Result as FlowRequest;
        Evidence.ForgetOld(step.Context); // a photo sent just before ("[photo]", then "my bag didn't arrive") is this report's
        step.State.Damaged = BagDamage.Said(request?.Text ?? step.Context.Activity.Text);
        step.Send(step.State.Damaged ? _texts.LostBag.SorryDamaged : _texts.LostBag.Sorry);
        var reference = FlowRequest.Reference(request);
        return step.BeginAsync(BookingLookupDialog.DialogId, reference, cancellationToken);
    }

    private Task<DialogTurnResult> AskDescriptionAsync(WaterfallStep<LostBagState> step, CancellationToken cancellationToken)
    {
        if (step.State.Phone is not null) return step.NextAsync(null, cancellationToken);
        step.State.Booking = step.ResultAs<Booking>().Key;
        return step.PromptAsync(BrandPrompts.FreeText,
            new PromptOptions { Prompt = step.State.Damaged ? _texts.LostBag.AskDamage : _texts.LostBag.AskDescription, RetryPrompt = _texts.LostBag.DescriptionRetry },
            cancellationToken);
    }

    private Task<DialogTurnResult> AskPhoneAsync(WaterfallStep<LostBagState> step, CancellationToken cancellationToken)
    {
        if (step.State.Phone is not null) return step.NextAsync(null, cancellationToken);
        var description = step.ResultAs<string>();
        step.State.Description = description.Length > MaxDescription ? TextPrefix.Cut(description, MaxDescription) + "…" : description;
        step.State.Damaged |= BagDamage.Said(description); // "black Samsonite, the wheel is broken"
        var sender = ContactPhonePrompt.SenderPhone(step.Context.Activity.From);
        return step.PromptAsync(BrandPrompts.ContactPhone, new PromptOptions
        {
            Prompt = sender is null ? _texts.LostBag.AskPhone : _texts.LostBag.AskSenderPhone.Fill(("phone", sender.E164)),
            RetryPrompt = _texts.LostBag.PhoneRetry,
            Choices = sender is null ? null : [new Choice("yes", _texts.Engine.Yes)],
        }, cancellationToken);
    }

    private Task<DialogTurnResult> ConfirmAsync(WaterfallStep<LostBagState> step, CancellationToken cancellationToken)
    {
        if (step.Result is RecognizedPhoneNumber phone) step.State.Phone = phone.E164;
        var confirm = step.State.Damaged ? _texts.LostBag.ConfirmDamaged : _texts.LostBag.Confirm;
        return step.PromptAsync(ConfirmPromptId, confirm.Fill(("reference", step.State.Booking!.Reference),
            ("description", step.State.Description), ("phone", step.State.Phone)), cancellationToken);
    }

    private async Task<DialogTurnResult> ReportAsync(WaterfallStep<LostBagState> step, CancellationToken cancellationToken)
    {
        if (step.Result is RecognizedPhoneNumber corrected)
            return await step.ReplaceAsync(Steps, new LostBagState
            {
                Booking = step.State.Booking, Description = step.State.Description, Phone = corrected.E164, Damaged = step.State.Damaged,
            }, cancellationToken);
        var report = step.Result is true
            ? await _airline.ReportLostBagAsync(new LostBagRequest(step.State.Booking!, step.State.Description!, step.State.Phone!,
                Evidence.Take(step.Context), step.State.Damaged, StateKeys.For(step.Context.Activity).Conversation), cancellationToken)
            : null;
        var reported = step.State.Damaged ? _texts.LostBag.ReportedDamaged : _texts.LostBag.Reported;
        step.Send(report is null ? _texts.LostBag.NotReported : reported.Fill(("file", report.Reference)));
        // A lost or damaged bag is bad news, however well reported: no question of ours follows it.
        return await step.EndAsync(report is null ? FlowOutcome.NotResolved : FlowOutcome.BadNews, cancellationToken);
    }
}
