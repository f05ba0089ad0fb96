# Build: docker build -t article-chatbot .
# Run:   docker run --rm -e Telegram__Token=... -v "$PWD/intents:/app/intents" -v chatbot-data:/data article-chatbot
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY Directory.Build.props Directory.Packages.props ./
COPY src/ src/
RUN dotnet publish src/ChatBot/ChatBot.csproj -c Release -o /app --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# Moderators mount their own intents/ and seeds/ over these defaults.
COPY intents/ /app/intents/
COPY seeds/ /app/seeds/
RUN mkdir -p /data && chown -R app:app /data
ENV Knowledge__IntentsPath=/app/intents \
    Knowledge__SeedsPath=/app/seeds \
    Telegram__DataDirectory=/data \
    Moderation__DataDirectory=/data \
    DOTNET_gcServer=0
VOLUME ["/data"]
USER app
# The running bot rewrites /data/health.json every 15 s; the health verb exits 1 when it is older than 60 s
# (hung or crashed bot, or a data directory it cannot write), with the reason in `docker inspect`.
HEALTHCHECK --interval=30s --timeout=10s --start-period=20s CMD ["dotnet", "/app/ChatBot.dll", "health", "--max-age", "60"]
ENTRYPOINT ["dotnet", "/app/ChatBot.dll"]
CMD ["chat"]
