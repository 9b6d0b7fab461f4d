#pragma once

#include "store.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace gw::server {

/// The server's FieldCipher for a store that encrypts nothing itself (PostgreSQL): libsodium's
/// XChaCha20-Poly1305 (IETF), a random 24-byte nonce per value, the value's place as additional
/// data. Its key is derived from the server's key file (crypto_kdf, context "gwfield1"), so the
/// one file a provider already keeps safe also opens these fields, and nothing else does.
/// Sealed: version byte 1, nonce, ciphertext with its 16-byte tag.
class SodiumFieldCipher final : public FieldCipher
{
public:
    /// Null when libsodium cannot start or @p serverKey is not 32 bytes.
    static std::shared_ptr<SodiumFieldCipher> fromServerKey(const QByteArray &serverKey);
    ~SodiumFieldCipher() override;
    QByteArray seal(const QByteArray &plain, const QByteArray &place) const override;
    bool open(const QByteArray &sealed, const QByteArray &place, QByteArray *plain) const override;

    /// Gives @p store this cipher and checks, against the value it sealed in the store when
    /// the store was new, that this key file is the store's: an error for the user (empty when
    /// it is), before anything is sealed with a wrong key.
    static QString attach(Store &store, std::shared_ptr<const FieldCipher> cipher);

private:
    SodiumFieldCipher() = default;
    unsigned char m_key[32] = {};
};

} // namespace gw::server
