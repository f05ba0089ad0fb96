using System.Security.Cryptography;
using System.Text;

namespace ChatBot.Moderation.Log;

/// <summary>Turns a platform user id into the only form the question log keeps: lowercase hex SHA-256 of "platform:userId".</summary>
public static class UserHashing
{
    /// <summary>The hash of <paramref name="platform"/>:<paramref name="userId"/>.</summary>
    public static string Hash(string platform, string userId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{platform}:{userId}")));
}
