using System.Text;
using System.Text.Json.Nodes;
using ChatBot.Discord.Tests.Support;
using Microsoft.Extensions.Logging;
using static ChatBot.Discord.Tests.Support.DiscordPayloads;

namespace ChatBot.Discord.Tests.Gateway;

/// <summary>
/// Issue 7: junk on the gateway (truncated JSON, unknown opcodes, events and fields, dispatches missing their data or
/// with data of the wrong shape, absurd nesting, oversized and binary frames) is logged and skipped, and the same
/// connection goes on answering.
/// </summary>
public sealed class MalformedFramesTests : AdapterTestBase
{
    [Fact]
    public async Task JunkFramesAreLoggedAndSkippedAndTheSameConnectionGoesOnAnswering()
    {
        await using var host = await StartAdapterAsync();
        var connection = await ConnectReadyAsync();
        var withUnknownFields = Message("m10", "dm-1", "How did Georgia react?", guildId: null);
        withUnknownFields["brand_new_field"] = new JsonObject { ["nested"] = new JsonArray(1, 2) };
        withUnknownFields["author"]!["avatar_decoration_v9"] = "x";

        await connection.SendRawAsync("""{"op":0,"s":2,"t":"MESSAGE_CREATE","d":{"id":"m2","channel_id":"dm-1","author":{"id":""");
        await connection.SendRawAsync("""{"op":42,"d":{"something":"new"},"s":null,"t":null}""");
        await connection.SendRawAsync("""{"op":"zero","d":null}""");
        await connection.SendRawAsync("""[1, 2, 3]""");
        await connection.SendRawAsync("   ");
        await connection.SendRawAsync("""{"op":0,"s":3,"t":"MESSAGE_CREATE"}""");
        await connection.SendRawAsync("""{"op":0,"s":4,"t":"READY"}""");
        await connection.SendRawAsync("""{"op":0,"s":5,"t":"MESSAGE_CREATE","d":"a string"}""");
        await connection.SendRawAsync("""{"op":0,"s":6,"t":"INTERACTION_CREATE","d":{"id":"i6","type":2,"channel_id":"dm-1"}}""");
        await connection.SendRawAsync("""{"op":0,"s":7,"t":"SOMETHING_NEW","d":{"channel_id":"dm-1"},"shard_hint":[0,1]}""");
        await connection.SendRawAsync("""{"op":0,"s":8,"t":"MESSAGE_CREATE","d":""" + new string('[', 500) + new string(']', 500) + "}");
        await connection.SendRawAsync("\"" + new string('x', (1 << 20) + 10) + "\"", fragments: 16);
        await connection.SendBinaryAsync(Encoding.UTF8.GetBytes("""{"op":0,"s":9,"t":"MESSAGE_CREATE","d":{}}"""));
        await connection.DispatchAsync("MESSAGE_CREATE", 10, withUnknownFields);

        // One channel is handled in order: the replies to m10 and m11 come after everything before them was dealt with.
        var unknownFieldsReply = await Server.NextMessageAsync("dm-1");
        var reply = await AskInDmAsync(connection, 11);

        Assert.Equal("m10", Text(unknownFieldsReply.Body!["message_reference"]!["message_id"]));
        Assert.Equal("m11", Text(reply.Body!["message_reference"]!["message_id"]));
        Assert.Contains("Georgia", Text(reply.Body!["content"]), StringComparison.Ordinal);
        Assert.Equal(2, Server.Requests.Snapshot().Count(r => r.Path == "channels/dm-1/messages"));
        Assert.False(connection.ClientClose.IsCompleted);
        Assert.Single(Server.Connections.Snapshot());

        var logs = host.Logs.Entries.Snapshot();
        Assert.Equal(5, logs.Count(e => e.Level == LogLevel.Warning && e.Message.StartsWith("Skipped a malformed gateway frame", StringComparison.Ordinal)));
        Assert.Contains(logs, e => e.Message.Contains("unexpected op 42", StringComparison.Ordinal));
        Assert.Equal(2, logs.Count(e => e.Message.StartsWith("Skipped a malformed MESSAGE_CREATE", StringComparison.Ordinal)));
        Assert.Contains(logs, e => e.Message.StartsWith("Skipped a malformed MESSAGE_CREATE (#3): no data", StringComparison.Ordinal));
        Assert.Contains(logs, e => e.Message.StartsWith("Skipped a malformed INTERACTION_CREATE", StringComparison.Ordinal));
        Assert.Contains(logs, e => e.Message.StartsWith("READY had no session_id", StringComparison.Ordinal));
        Assert.Contains(logs, e => e.Message.StartsWith("Dropped a gateway frame larger than", StringComparison.Ordinal));
        Assert.Contains(logs, e => e.Message.StartsWith("Dropped an unexpected binary gateway frame", StringComparison.Ordinal));
        Assert.DoesNotContain(logs, e => e.Level >= LogLevel.Error);
    }
}
