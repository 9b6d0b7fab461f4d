#include "fieldcipher.h"

#include "projectrepository.h"

#include <sodium.h>

namespace gw::server {

namespace {

constexpr unsigned char kVersion = 1;
constexpr size_t kNonce = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr size_t kTag = crypto_aead_xchacha20poly1305_ietf_ABYTES;
const QString kKeyCheckSetting = QStringLiteral("field_key_check");
const QByteArray kKeyCheckPlain = QByteArrayLiteral("gangwerk field key");

} // namespace

std::shared_ptr<SodiumFieldCipher> SodiumFieldCipher::fromServerKey(const QByteArray &serverKey)
{
    static_assert(crypto_kdf_KEYBYTES == 32 && crypto_aead_xchacha20poly1305_ietf_KEYBYTES == 32);
    if (sodium_init() < 0 || serverKey.size() != crypto_kdf_KEYBYTES)
        return nullptr;
    std::shared_ptr<SodiumFieldCipher> c(new SodiumFieldCipher);
    if (crypto_kdf_derive_from_key(
            c->m_key, sizeof c->m_key, 1, "gwfield1",
            reinterpret_cast<const unsigned char *>(serverKey.constData())) != 0)
        return nullptr;
    return c;
}

SodiumFieldCipher::~SodiumFieldCipher()
{
    sodium_memzero(m_key, sizeof m_key);
}

QByteArray SodiumFieldCipher::seal(const QByteArray &plain, const QByteArray &place) const
{
    QByteArray out(qsizetype(1 + kNonce + size_t(plain.size()) + kTag), Qt::Uninitialized);
    auto *p = reinterpret_cast<unsigned char *>(out.data());
    p[0] = kVersion;
    randombytes_buf(p + 1, kNonce);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        p + 1 + kNonce, &written, reinterpret_cast<const unsigned char *>(plain.constData()),
        size_t(plain.size()), reinterpret_cast<const unsigned char *>(place.constData()),
        size_t(place.size()), nullptr, p + 1, m_key);
    return out;
}

bool SodiumFieldCipher::open(const QByteArray &sealed, const QByteArray &place,
                             QByteArray *plain) const
{
    const auto *p = reinterpret_cast<const unsigned char *>(sealed.constData());
    if (size_t(sealed.size()) < 1 + kNonce + kTag || p[0] != kVersion)
        return false;
    const size_t cipherBytes = size_t(sealed.size()) - 1 - kNonce;
    plain->resize(qsizetype(cipherBytes - kTag));
    unsigned long long read = 0;
    return crypto_aead_xchacha20poly1305_ietf_decrypt(
               reinterpret_cast<unsigned char *>(plain->data()), &read, nullptr, p + 1 + kNonce,
               cipherBytes, reinterpret_cast<const unsigned char *>(place.constData()),
               size_t(place.size()), p + 1, m_key) == 0;
}

QString SodiumFieldCipher::attach(Store &store, std::shared_ptr<const FieldCipher> cipher)
{
    store.setFieldCipher(cipher);
    try {
        Transaction tx(store);
        ProjectRepository settings(store);
        const QByteArray check =
            QByteArray::fromBase64(settings.setting(kKeyCheckSetting).toLatin1());
        QByteArray plain;
        if (check.isEmpty()) {
            // A new store (or one this build sees first): the key it is sealed with from now on.
            settings.setSetting(
                kKeyCheckSetting,
                QString::fromLatin1(
                    cipher->seal(kKeyCheckPlain, "setting.field_key_check").toBase64()));
        } else if (!cipher->open(check, "setting.field_key_check", &plain) ||
                   plain != kKeyCheckPlain) {
            store.setFieldCipher(nullptr);
            return QStringLiteral("The key file does not belong to this store's database (it "
                                  "cannot open what the store sealed). Use the key file that "
                                  "belongs to it.");
        }
        tx.commit();
    } catch (const StoreError &e) {
        store.setFieldCipher(nullptr);
        return QStringLiteral("Cannot check the key file against the store: %1")
            .arg(QString::fromUtf8(e.what()));
    }
    return {};
}

} // namespace gw::server
