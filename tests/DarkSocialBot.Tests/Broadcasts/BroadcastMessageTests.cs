using DarkSocialBot.Broadcasts.Campaigns;
using DarkSocialBot.Broadcasts.Sending;
using DarkSocialBot.Channels.Meta;
using DarkSocialBot.Channels.Twilio;
using DarkSocialBot.Storage;

namespace DarkSocialBot.Tests.Broadcasts;

/// <summary>The activity a delivery becomes, per channel: the template form each sender takes, only outside the window.</summary>
public sealed class BroadcastMessageTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    private static readonly CampaignPlan Plan = new(7, "offers", ConsentPurpose.Marketing, new CampaignContent(
        new() { ["fr"] = "Bonjour {{name}}, soldes {{day}}" },
        Sms: new() { ["fr"] = "Soldes {{day}}. STOP" },
        Template: new CampaignTemplate("winter_sale", "HXwinter", new() { ["2"] = "{{day}}", ["1"] = "{{name}}" }, new() { ["fr"] = "fr_FR" }),
        Data: new() { ["day"] = "Monday", ["day.fr"] = "lundi" }));

    private static ClaimedDelivery Delivery(string channel, DateTimeOffset? lastInbound) =>
        new(42, 7, channel, "+33612345678", "+33612345678", null, "+14155238886", "Luc", "fr", "Europe/Paris", SubscriptionStatus.Active, false, lastInbound);

    [Fact]
    public void Cloud_api_whatsapp_outside_the_window_carries_the_graph_template_with_ordered_body_parameters()
    {
        var activity = BroadcastMessage.Create(Delivery(MetaChannels.WhatsApp, Now.AddDays(-3)), Plan, sms: false, Now);

        var template = activity.ChannelData!.Value.GetProperty("template");
        Assert.Equal("winter_sale", template.GetProperty("name").GetString());
        Assert.Equal("fr_FR", template.GetProperty("language").GetProperty("code").GetString());
        var parameters = template.GetProperty("components")[0].GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("text").GetString());
        Assert.Equal(["Luc", "lundi"], parameters);
        Assert.False(activity.ChannelData.Value.TryGetProperty("contentSid", out _));
    }

    [Fact]
    public void A_whatsapp_template_for_a_subscriber_without_a_name_carries_the_campaigns_word_never_an_empty_parameter()
    {
        var plan = Plan with { Content = Plan.Content with { Data = new() { ["day"] = "Monday", ["name.fr"] = "chère cliente, cher client" } } };
        var nameless = Delivery(TwilioChannels.WhatsApp, Now.AddDays(-3)) with { DisplayName = null };

        var activity = BroadcastMessage.Create(nameless, plan, sms: false, Now);

        Assert.Equal("chère cliente, cher client", activity.ChannelData!.Value.GetProperty("contentVariables").GetProperty("1").GetString());
        Assert.Equal("Bonjour chère cliente, cher client, soldes Monday", activity.Text);
        Assert.Equal("Luc", BroadcastMessage.Create(Delivery(TwilioChannels.WhatsApp, Now.AddDays(-3)), plan, sms: false, Now)
            .ChannelData!.Value.GetProperty("contentVariables").GetProperty("1").GetString());
    }

    [Fact]
    public void A_service_campaigns_messenger_tag_goes_to_messenger_deliveries_only()
    {
        var flight = new CampaignPlan(8, "flight:KL1234:2026-11-24", ConsentPurpose.Service,
            new CampaignContent(new() { ["fr"] = "Vol annulé" }, MessengerTag: "CONFIRMED_EVENT_UPDATE"));

        var messenger = BroadcastMessage.Create(Delivery(MetaChannels.Messenger, Now.AddDays(-3)), flight, sms: false, Now);
        var whatsapp = BroadcastMessage.Create(Delivery(MetaChannels.WhatsApp, Now.AddDays(-3)), flight, sms: false, Now);

        Assert.Equal("CONFIRMED_EVENT_UPDATE", messenger.ChannelData!.Value.GetProperty("messengerTag").GetString());
        Assert.False(whatsapp.ChannelData!.Value.TryGetProperty("messengerTag", out _));
    }

    [Fact]
    public void Whatsapp_inside_the_window_is_free_form_in_the_subscribers_language()
    {
        var activity = BroadcastMessage.Create(Delivery(TwilioChannels.WhatsApp, Now.AddHours(-2)), Plan, sms: false, Now);

        Assert.Equal("Bonjour Luc, soldes lundi", activity.Text);
        Assert.False(activity.ChannelData!.Value.TryGetProperty("contentSid", out _));
        Assert.False(activity.ChannelData.Value.TryGetProperty("template", out _));
        Assert.Equal(42, activity.ChannelData.Value.GetProperty("broadcast").GetProperty("deliveryId").GetInt64());
    }

    [Fact]
    public void Twilio_whatsapp_near_the_end_of_the_window_already_uses_the_template()
    {
        var activity = BroadcastMessage.Create(Delivery(TwilioChannels.WhatsApp, Now.AddHours(-23).AddMinutes(-55)), Plan, sms: false, Now);

        Assert.Equal("HXwinter", activity.ChannelData!.Value.GetProperty("contentSid").GetString());
        Assert.Equal("lundi", activity.ChannelData.Value.GetProperty("contentVariables").GetProperty("2").GetString());
    }

    [Fact]
    public void Sms_uses_the_sms_text_and_no_template()
    {
        var activity = BroadcastMessage.Create(Delivery(TwilioChannels.Sms, null), Plan, sms: true, Now);

        Assert.Equal("Soldes lundi. STOP", activity.Text);
        Assert.False(activity.ChannelData!.Value.TryGetProperty("contentSid", out _));
        Assert.Equal(("+33612345678", "+14155238886"), (activity.Recipient!.Id, activity.From!.Id));
    }
}
