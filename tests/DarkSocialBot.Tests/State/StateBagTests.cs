using System.Text;
using DarkSocialBot.Core.State;

namespace DarkSocialBot.Tests.State;

public sealed class StateBagTests
{
    private static readonly StateProperty<Profile> ProfileSlot = new("profile", () => new Profile());
    private static readonly StateProperty<List<string>> Seen = new("seen", () => []);

    private sealed class Profile
    {
        public string? Name { get; set; }
        public int Visits { get; set; }
    }

    private static byte[] Stored(string json) => Encoding.UTF8.GetBytes(json);

    [Fact]
    public void A_turn_that_only_reads_writes_nothing()
    {
        var bag = new StateBag(Stored("""{"profile":{"name":"Ana","visits":2},"seen":["a"],"other":{"x":1}}"""));

        Assert.Equal("Ana", bag.Get(ProfileSlot).Name);
        Assert.Equal(["a"], bag.Get(Seen));
        Assert.Null(bag.SerializeIfChanged());
    }

    [Fact]
    public void A_change_is_written_in_place_and_slots_nobody_touched_are_kept_as_stored()
    {
        var bag = new StateBag(Stored("""{"profile":{"name":"Ana","visits":2},"other":{"x":1,"note":"caf\u00E9"}}""")); // as the serializer stores it

        bag.Get(ProfileSlot).Visits++;
        bag.Get(Seen).Add("menu");

        Assert.Equal("""{"profile":{"name":"Ana","visits":3},"other":{"x":1,"note":"caf\u00E9"},"seen":["menu"]}""",
            Encoding.UTF8.GetString(bag.SerializeIfChanged()!));
    }

    [Fact]
    public void A_removal_alone_is_saved()
    {
        var bag = new StateBag(Stored("""{"profile":{"name":"Ana","visits":2},"seen":["a"]}"""));

        bag.Remove(ProfileSlot);

        Assert.Equal("""{"seen":["a"]}""", Encoding.UTF8.GetString(bag.SerializeIfChanged()!));
        Assert.Null(bag.Get(ProfileSlot).Name); // gone for the rest of the turn too
    }

    [Fact]
    public void Clear_forgets_every_slot_stored_or_live()
    {
        var bag = new StateBag(Stored("""{"profile":{"name":"Ana","visits":2},"seen":["a"]}"""));
        bag.Get(Seen).Add("b");

        bag.Clear();
        bag.Get(ProfileSlot).Visits = 1;

        Assert.Equal("""{"profile":{"name":null,"visits":1}}""", Encoding.UTF8.GetString(bag.SerializeIfChanged()!));
        Assert.Empty(bag.Get(Seen));
    }

    [Fact]
    public void Nothing_or_a_damaged_document_stored_starts_from_defaults()
    {
        Assert.Equal(0, new StateBag(null).Get(ProfileSlot).Visits);
        var bag = new StateBag(Stored("""["not an object"]"""));
        Assert.Equal(0, bag.Get(ProfileSlot).Visits);
        Assert.Equal("""{"profile":{"name":null,"visits":0}}""", Encoding.UTF8.GetString(bag.SerializeIfChanged()!));
    }
}
