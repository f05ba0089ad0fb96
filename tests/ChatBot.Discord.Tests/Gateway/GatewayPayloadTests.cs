using System.Text;
using ChatBot.Discord.Gateway;

namespace ChatBot.Discord.Tests.Gateway;

public sealed class GatewayPayloadTests
{
    public static TheoryData<byte[]> Junk => new()
    {
        Array.Empty<byte>(),
        Encoding.UTF8.GetBytes("   "),
        Encoding.UTF8.GetBytes("{\"op\":0,\"d\":{\"id\":"),
        Encoding.UTF8.GetBytes("{\"op\":\"0\"}"),
        Encoding.UTF8.GetBytes("{\"op\":true}"),
        Encoding.UTF8.GetBytes("{\"op\":null}"),
        Encoding.UTF8.GetBytes("{\"op\":1e40}"),
        Encoding.UTF8.GetBytes("{\"op\":1.5}"),
        Encoding.UTF8.GetBytes("{\"d\":{}}"),
        Encoding.UTF8.GetBytes("[{\"op\":0}]"),
        Encoding.UTF8.GetBytes("\"op\""),
        Encoding.UTF8.GetBytes("{\"op\":0,\"d\":" + new string('[', 100) + new string(']', 100) + "}"),
        new byte[] { (byte)'{', (byte)'"', 0xFF, 0xFE, (byte)'"', (byte)':', (byte)'1', (byte)'}' },
        new byte[] { 0xC3, 0x28, 0xA0, 0xA1 },
        new byte[] { 0x00, 0x00, 0x00 },
    };

    [Theory]
    [MemberData(nameof(Junk))]
    public void JunkIsRefusedWithAReasonNeverAnException(byte[] frame)
    {
        Assert.False(GatewayPayload.TryParse(frame, out _, out var error));
        Assert.False(string.IsNullOrWhiteSpace(error));
    }

    [Fact]
    public void UnknownFieldsAndOddTypesOfTheOptionalOnesAreTolerated()
    {
        var frame = Encoding.UTF8.GetBytes("{\"op\":0,\"s\":\"seven\",\"t\":5,\"d\":{\"x\":1},\"shard_hint\":[0]}");

        Assert.True(GatewayPayload.TryParse(frame, out var payload, out _));
        Assert.Equal((0, null, null), (payload.Op, payload.Sequence, payload.EventName));
    }
}
