using ChatBot.Core.Answers;
using Microsoft.Data.Sqlite;

namespace ChatBot.Moderation.Log;

/// <summary>
/// The question log in one SQLite file (<see cref="FileName"/>) in WAL mode: a single writer connection, opened on
/// the first write and serialized by a lock, and short-lived reader connections that never block it.
/// The file and folder are created on the first write; reading a log that does not exist yet gives nothing.
/// </summary>
public sealed class SqliteQuestionLog : IQuestionLog, IDisposable
{
    /// <summary>The file's name inside the data directory.</summary>
    public const string FileName = "questions.db";

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS questions (
            id INTEGER PRIMARY KEY,
            at INTEGER NOT NULL,
            platform TEXT NOT NULL,
            user_hash TEXT NULL,
            kind TEXT NOT NULL,
            confidence REAL NOT NULL,
            intent_id TEXT NULL,
            closest_intent TEXT NULL,
            question TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS questions_at ON questions (at);
        CREATE TABLE IF NOT EXISTS feedback (
            id INTEGER PRIMARY KEY,
            at INTEGER NOT NULL,
            platform TEXT NOT NULL,
            question TEXT NOT NULL,
            intent_id TEXT NULL,
            helpful INTEGER NOT NULL);
        CREATE INDEX IF NOT EXISTS feedback_at ON feedback (at);
        """;

    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private SqliteConnection? _writer;
    private bool _disposed;

    /// <summary>A log kept in <paramref name="dataDirectory"/>/<see cref="FileName"/>; feedback is stamped with <paramref name="time"/>.</summary>
    public SqliteQuestionLog(string dataDirectory, TimeProvider time)
    {
        FilePath = Path.Combine(Path.GetFullPath(dataDirectory), FileName);
        _time = time;
    }

    /// <summary>The database file.</summary>
    public string FilePath { get; }

    /// <inheritdoc/>
    public async ValueTask RecordQuestionAsync(QuestionRecord question, CancellationToken cancellationToken = default) =>
        await WriteAsync(
            "INSERT INTO questions (at, platform, user_hash, kind, confidence, intent_id, closest_intent, question) VALUES ($at, $platform, $user, $kind, $confidence, $intent, $closest, $question)",
            command =>
            {
                command.Parameters.AddWithValue("$at", question.At.ToUnixTimeMilliseconds());
                command.Parameters.AddWithValue("$platform", question.Platform);
                command.Parameters.AddWithValue("$user", (object?)question.UserHash ?? DBNull.Value);
                command.Parameters.AddWithValue("$kind", KindNames.ToName(question.Kind));
                command.Parameters.AddWithValue("$confidence", question.Confidence);
                command.Parameters.AddWithValue("$intent", (object?)question.IntentId ?? DBNull.Value);
                command.Parameters.AddWithValue("$closest", (object?)question.ClosestIntentId ?? DBNull.Value);
                command.Parameters.AddWithValue("$question", question.Question);
            },
            cancellationToken);

    /// <inheritdoc/>
    public async ValueTask RecordFeedbackAsync(string platform, string question, string? intentId, bool helpful, CancellationToken cancellationToken = default) =>
        await WriteAsync(
            "INSERT INTO feedback (at, platform, question, intent_id, helpful) VALUES ($at, $platform, $question, $intent, $helpful)",
            command =>
            {
                command.Parameters.AddWithValue("$at", _time.GetUtcNow().ToUnixTimeMilliseconds());
                command.Parameters.AddWithValue("$platform", platform);
                command.Parameters.AddWithValue("$question", question);
                command.Parameters.AddWithValue("$intent", (object?)intentId ?? DBNull.Value);
                command.Parameters.AddWithValue("$helpful", helpful ? 1 : 0);
            },
            cancellationToken);

    /// <inheritdoc/>
    public async ValueTask<int> PurgeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default) =>
        await WriteAsync(
            "DELETE FROM questions WHERE at < $cutoff; DELETE FROM feedback WHERE at < $cutoff;",
            command => command.Parameters.AddWithValue("$cutoff", cutoff.ToUnixTimeMilliseconds()),
            cancellationToken);

    /// <inheritdoc/>
    public ValueTask<IReadOnlyList<QuestionRecord>> ReadQuestionsAsync(DateTimeOffset since, CancellationToken cancellationToken = default) =>
        ReadAsync(
            "SELECT at, platform, user_hash, kind, confidence, intent_id, closest_intent, question FROM questions WHERE at >= $since ORDER BY at, id",
            since,
            reader => KindNames.FromName(reader.GetString(3)) is { } kind
                ? new QuestionRecord(
                    DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(0)),
                    reader.GetString(1),
                    reader.IsDBNull(2) ? null : reader.GetString(2),
                    kind,
                    reader.GetDouble(4),
                    reader.IsDBNull(5) ? null : reader.GetString(5),
                    reader.IsDBNull(6) ? null : reader.GetString(6),
                    reader.GetString(7))
                : null,
            cancellationToken);

    /// <inheritdoc/>
    public ValueTask<IReadOnlyList<FeedbackRecord>> ReadFeedbackAsync(DateTimeOffset since, CancellationToken cancellationToken = default) =>
        ReadAsync(
            "SELECT at, platform, question, intent_id, helpful FROM feedback WHERE at >= $since ORDER BY at, id",
            since,
            reader => new FeedbackRecord(
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(0)),
                reader.GetString(1),
                reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.GetInt64(4) != 0),
            cancellationToken);

    /// <inheritdoc/>
    public ValueTask<IReadOnlyList<KindCount>> CountByKindAsync(DateTimeOffset since, CancellationToken cancellationToken = default) =>
        ReadAsync(
            "SELECT kind, COUNT(*) FROM questions WHERE at >= $since GROUP BY kind",
            since,
            reader => KindNames.FromName(reader.GetString(0)) is { } kind ? new KindCount(kind, reader.GetInt32(1)) : null,
            cancellationToken);

    /// <summary>Closes the writer connection.</summary>
    public void Dispose()
    {
        _writeLock.Wait();
        try
        {
            _disposed = true;
            _writer?.Dispose();
            _writer = null;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private async Task<int> WriteAsync(string sql, Action<SqliteCommand> bind, CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var connection = await OpenWriterAsync(cancellationToken);
            try
            {
                using var command = connection.CreateCommand();
                command.CommandText = sql;
                bind(command);
                return await command.ExecuteNonQueryAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The connection may be unusable (file deleted, disk error): reopen it on the next write.
                connection.Dispose();
                _writer = null;
                throw;
            }
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private async Task<SqliteConnection> OpenWriterAsync(CancellationToken cancellationToken)
    {
        if (_writer is not null)
        {
            return _writer;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        var connection = new SqliteConnection(ConnectionString(SqliteOpenMode.ReadWriteCreate));
        try
        {
            await connection.OpenAsync(cancellationToken);
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;" + Schema;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        _writer = connection;
        return connection;
    }

    private async ValueTask<IReadOnlyList<T>> ReadAsync<T>(string sql, DateTimeOffset since, Func<SqliteDataReader, T?> map, CancellationToken cancellationToken)
        where T : class
    {
        if (!File.Exists(FilePath))
        {
            return [];
        }

        await using var connection = new SqliteConnection(ConnectionString(SqliteOpenMode.ReadWrite));
        await connection.OpenAsync(cancellationToken);
        await using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA query_only = 1;";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$since", since.ToUnixTimeMilliseconds());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            if (map(reader) is { } row)
            {
                rows.Add(row);
            }
        }

        return rows;
    }

    private string ConnectionString(SqliteOpenMode mode) =>
        new SqliteConnectionStringBuilder { DataSource = FilePath, Mode = mode, Pooling = false }.ToString();
}
