namespace ChatBot.Discord.Gateway;

/// <summary>Takes dispatches from the receive loop. <see cref="Post"/> must return at once: it never waits on answer work.</summary>
internal interface IDispatchSink
{
    /// <summary>Queues <paramref name="dispatch"/> for the workers, or drops and logs it when the queue is full.</summary>
    void Post(GatewayDispatch dispatch);
}
