#pragma once

#include <QByteArray>
#include <QString>

/// The server's secrets: random bytes, device tokens, invite codes and how they are hashed.
/// Only hashes of tokens and codes are ever stored.
namespace gw::server::secrets {

/// Cryptographically random bytes (OpenSSL's RAND_bytes); throws std::runtime_error on failure.
QByteArray randomBytes(int count);

/// A new device token: 256 random bits, base64url without padding (43 characters).
QString newDeviceToken();

/// Unambiguous characters for codes people type: no 0/O, 1/I/L.
inline constexpr char kInviteAlphabet[] = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
inline constexpr int kInviteCodeChars = 16; // 16 × log2(31) ≈ 79 bits

/// A new invite code, "K7QX-M4TA-9PLR-2WHE": four groups of four.
QString newInviteCode();

/// The canonical form of a typed code: upper case, without spaces and dashes; empty when it has
/// characters outside the alphabet or the wrong length (so a typo never reaches the store).
QString normalizeInviteCode(const QString &typed);

/// SHA-256 of the UTF-8 bytes. Tokens and codes carry ~80–256 random bits, so an unsalted fast
/// hash is enough: there is no dictionary to run against them.
QByteArray hash(const QString &secret);
/// SHA-256 of the bytes themselves (an enrolment key: 128 random bits or more).
QByteArray hash(const QByteArray &secret);

} // namespace gw::server::secrets
