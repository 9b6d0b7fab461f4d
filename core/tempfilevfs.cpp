#include "tempfilevfs.h"

#include <QLoggingCategory>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <sqlcipher/sqlite3.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cstring>
#include <mutex>
#include <new>
#include <vector>

Q_LOGGING_CATEGORY(lcTempFiles, "gangwerk.store.tempfiles")

namespace gw {
namespace {

constexpr char kVfsName[] = "gangwerk";
constexpr sqlite3_int64 kSector = 4096;
constexpr int kAesBlock = 16;

// The files SQLite makes for itself and deletes again; everything else passes through.
constexpr int kTemporaryKinds = SQLITE_OPEN_TEMP_DB | SQLITE_OPEN_TEMP_JOURNAL |
                                SQLITE_OPEN_TRANSIENT_DB | SQLITE_OPEN_SUBJOURNAL;

std::atomic<quint64> g_tempBytesWritten{0};
sqlite3_vfs *g_base = nullptr; // the platform's default VFS, which does the I/O
sqlite3_vfs g_vfs;             // a copy of it with our xOpen

/// One temporary file: our header, then the base VFS's own file structure (g_vfs.szOsFile
/// covers both). The vector and the cipher context live on the heap: SQLite hands us raw
/// memory, so they are made in xOpen and freed in xClose.
struct TempFile
{
    sqlite3_file base; // pMethods = kTempMethods
    sqlite3_file *real;
    EVP_CIPHER_CTX *cipher;
    std::vector<quint64> *sectorCounter; // 0: sector never written (reads as zeros)
    quint64 lastCounter;
    sqlite3_int64 size; // the file's length, as we wrote it
    unsigned char key[32];
};

constexpr size_t kHeader = (sizeof(TempFile) + 15) & ~size_t(15);

TempFile *asTemp(sqlite3_file *f)
{
    return reinterpret_cast<TempFile *>(f);
}

/// XORs @p n bytes at @p data, which sit at @p offsetInSector of a sector encrypted under
/// @p counter, with that sector's key stream. The IV is the counter (8 bytes) and the AES block
/// within the sector (the last 4 bytes, which count up to 256): unique for every (counter,
/// block) under the file's own key.
bool applyKeyStream(TempFile *t, quint64 counter, sqlite3_int64 offsetInSector, unsigned char *data,
                    int n)
{
    std::array<unsigned char, 16> iv{};
    for (int i = 0; i < 8; ++i)
        iv[i] = static_cast<unsigned char>(counter >> (56 - 8 * i));
    const quint32 block = quint32(offsetInSector / kAesBlock);
    for (int i = 0; i < 4; ++i)
        iv[12 + i] = static_cast<unsigned char>(block >> (24 - 8 * i));
    if (EVP_EncryptInit_ex(t->cipher, nullptr, nullptr, nullptr, iv.data()) != 1)
        return false;
    int out = 0;
    if (const int skip = int(offsetInSector % kAesBlock)) {
        unsigned char pad[kAesBlock] = {};
        if (EVP_EncryptUpdate(t->cipher, pad, &out, pad, skip) != 1)
            return false;
    }
    return EVP_EncryptUpdate(t->cipher, data, &out, data, n) == 1;
}

quint64 counterOf(const TempFile *t, sqlite3_int64 sector)
{
    const auto &c = *t->sectorCounter;
    return size_t(sector) < c.size() ? c[size_t(sector)] : 0;
}

/// Wipes the file's key and frees what xOpen made (on close, or when the open fails).
void forgetKey(TempFile *t)
{
    OPENSSL_cleanse(t->key, sizeof t->key);
    EVP_CIPHER_CTX_free(t->cipher);
    delete t->sectorCounter;
    t->cipher = nullptr;
    t->sectorCounter = nullptr;
}

int tempClose(sqlite3_file *f)
{
    TempFile *t = asTemp(f);
    const int rc = t->real->pMethods ? t->real->pMethods->xClose(t->real) : SQLITE_OK;
    forgetKey(t);
    return rc;
}

int tempRead(sqlite3_file *f, void *buffer, int amount, sqlite3_int64 offset)
{
    TempFile *t = asTemp(f);
    const int rc = t->real->pMethods->xRead(t->real, buffer, amount, offset);
    if (rc != SQLITE_OK && rc != SQLITE_IOERR_SHORT_READ)
        return rc;
    // Past the end the base VFS filled in zeros; they stay zeros.
    const sqlite3_int64 end = std::min(offset + amount, std::max(offset, t->size));
    auto *bytes = static_cast<unsigned char *>(buffer);
    for (sqlite3_int64 at = offset; at < end;) {
        const sqlite3_int64 sector = at / kSector;
        const sqlite3_int64 stop = std::min(end, (sector + 1) * kSector);
        if (const quint64 counter = counterOf(t, sector)) {
            if (!applyKeyStream(t, counter, at - sector * kSector, bytes + (at - offset),
                                int(stop - at)))
                return SQLITE_IOERR_READ;
        } else {
            std::memset(bytes + (at - offset), 0, size_t(stop - at));
        }
        at = stop;
    }
    return rc;
}

int tempWrite(sqlite3_file *f, const void *buffer, int amount, sqlite3_int64 offset)
{
    TempFile *t = asTemp(f);
    if (const sqlite3_int64 tail = t->size % kSector; tail && offset >= t->size - tail + kSector) {
        // The file's last sector ends partway, and this write leaves a gap after it: the rest
        // of that sector must read as zeros, so it is written as zeros (encrypted) first.
        static const std::array<unsigned char, kSector> zeros{};
        if (const int rc = tempWrite(f, zeros.data(), int(kSector - tail), t->size))
            return rc;
    }
    const auto *in = static_cast<const unsigned char *>(buffer);
    std::array<unsigned char, kSector> sector;
    for (sqlite3_int64 at = offset, end = offset + amount; at < end;) {
        const sqlite3_int64 index = at / kSector;
        const sqlite3_int64 first = index * kSector;
        const sqlite3_int64 stop = std::min(end, first + kSector);
        // A sector is encrypted whole, [first, to), under a new counter each time it is
        // written. The bytes it keeps (before this write, or after it up to the end of the
        // file) are under its old counter: read them back first. A gap reads as zeros.
        const sqlite3_int64 kept = std::clamp(t->size, first, first + kSector);
        const sqlite3_int64 to = std::max(stop, kept);
        unsigned char *plain = sector.data();
        if (at > first || stop < kept) {
            std::memset(plain, 0, size_t(kSector));
            if (kept > first) {
                const int rc = tempRead(f, plain, int(kept - first), first);
                if (rc != SQLITE_OK)
                    return rc;
            }
        }
        std::memcpy(plain + (at - first), in + (at - offset), size_t(stop - at));
        auto &counters = *t->sectorCounter;
        if (counters.size() <= size_t(index)) {
            try {
                counters.resize(size_t(index) + 1, 0);
            } catch (const std::bad_alloc &) {
                return SQLITE_IOERR_NOMEM;
            }
        }
        // A counter is used once, also when the write fails (part of it may be on disk); the
        // sector takes it only when written, so a failed write leaves it readable as it was.
        const quint64 counter = ++t->lastCounter;
        if (!applyKeyStream(t, counter, 0, plain, int(to - first)))
            return SQLITE_IOERR_WRITE;
        const int rc = t->real->pMethods->xWrite(t->real, plain, int(to - first), first);
        if (rc != SQLITE_OK)
            return rc;
        counters[size_t(index)] = counter;
        g_tempBytesWritten.fetch_add(quint64(to - first), std::memory_order_relaxed);
        t->size = std::max(t->size, to);
        at = stop;
    }
    return SQLITE_OK;
}

int tempTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    TempFile *t = asTemp(f);
    if (size > t->size) {
        // Growing: what it adds reads as zeros. Sectors wholly past the end do (never
        // written); the rest of the last one is written as zeros, encrypted.
        static const std::array<unsigned char, kSector> zeros{};
        const sqlite3_int64 fill =
            std::min(size, (t->size + kSector - 1) / kSector * kSector) - t->size;
        if (fill > 0)
            if (const int rc = tempWrite(f, zeros.data(), int(fill), t->size))
                return rc;
        const int rc = t->real->pMethods->xTruncate(t->real, size);
        if (rc == SQLITE_OK)
            t->size = size;
        return rc;
    }
    const int rc = t->real->pMethods->xTruncate(t->real, size);
    if (rc == SQLITE_OK) {
        t->size = std::min(t->size, size);
        auto &counters = *t->sectorCounter;
        counters.resize(std::min(counters.size(), size_t((size + kSector - 1) / kSector)));
    }
    return rc;
}

int tempSync(sqlite3_file *f, int flags)
{
    return asTemp(f)->real->pMethods->xSync(asTemp(f)->real, flags);
}
int tempFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    *size = asTemp(f)->size;
    return SQLITE_OK;
}
int tempLock(sqlite3_file *f, int level)
{
    return asTemp(f)->real->pMethods->xLock(asTemp(f)->real, level);
}
int tempUnlock(sqlite3_file *f, int level)
{
    return asTemp(f)->real->pMethods->xUnlock(asTemp(f)->real, level);
}
int tempCheckReservedLock(sqlite3_file *f, int *out)
{
    return asTemp(f)->real->pMethods->xCheckReservedLock(asTemp(f)->real, out);
}
int tempFileControl(sqlite3_file *f, int op, void *arg)
{
    return asTemp(f)->real->pMethods->xFileControl(asTemp(f)->real, op, arg);
}
int tempSectorSize(sqlite3_file *f)
{
    return asTemp(f)->real->pMethods->xSectorSize(asTemp(f)->real);
}
int tempDeviceCharacteristics(sqlite3_file *f)
{
    return asTemp(f)->real->pMethods->xDeviceCharacteristics(asTemp(f)->real);
}

// Version 1: no shared memory (temporary files have none) and no xFetch, so SQLite never maps
// these files into memory, where it would see the ciphertext.
const sqlite3_io_methods kTempMethods = {1,
                                         tempClose,
                                         tempRead,
                                         tempWrite,
                                         tempTruncate,
                                         tempSync,
                                         tempFileSize,
                                         tempLock,
                                         tempUnlock,
                                         tempCheckReservedLock,
                                         tempFileControl,
                                         tempSectorSize,
                                         tempDeviceCharacteristics,
                                         nullptr,  // xShmMap
                                         nullptr,  // xShmLock
                                         nullptr,  // xShmBarrier
                                         nullptr,  // xShmUnmap
                                         nullptr,  // xFetch
                                         nullptr}; // xUnfetch

int vfsOpen(sqlite3_vfs *, const char *name, sqlite3_file *file, int flags, int *outFlags)
{
    if (!(flags & kTemporaryKinds)) // the store, its journal, its WAL: SQLCipher's to encrypt
        return g_base->xOpen(g_base, name, file, flags, outFlags);

    auto *t = asTemp(file);
    t->base.pMethods = nullptr; // until it is open: SQLite does not close what has none
    t->real = reinterpret_cast<sqlite3_file *>(reinterpret_cast<char *>(file) + kHeader);
    t->real->pMethods = nullptr;
    t->cipher = EVP_CIPHER_CTX_new();
    t->sectorCounter = new (std::nothrow) std::vector<quint64>;
    t->lastCounter = 0;
    t->size = 0;
    const auto fail = [&](int rc) {
        if (t->real->pMethods)
            t->real->pMethods->xClose(t->real);
        forgetKey(t);
        return rc;
    };
    if (!t->cipher || !t->sectorCounter || RAND_bytes(t->key, sizeof t->key) != 1 ||
        EVP_EncryptInit_ex(t->cipher, EVP_aes_256_ctr(), nullptr, t->key, nullptr) != 1) {
        qCWarning(lcTempFiles) << "cannot set up the encryption of a temporary file";
        return fail(SQLITE_CANTOPEN);
    }
    const int rc = g_base->xOpen(g_base, name, t->real, flags, outFlags);
    if (rc != SQLITE_OK)
        return fail(rc);
    if (t->real->pMethods->xFileSize(t->real, &t->size) != SQLITE_OK || t->size != 0) {
        // A temporary file is new; one with contents was not written by us.
        qCWarning(lcTempFiles) << "a temporary file was not empty when opened";
        return fail(SQLITE_CANTOPEN);
    }
    t->base.pMethods = &kTempMethods;
    return SQLITE_OK;
}

} // namespace

const char *encryptingVfsName()
{
    static std::once_flag once;
    std::call_once(once, [] {
        g_base = sqlite3_vfs_find(nullptr);
        if (!g_base) {
            qCCritical(lcTempFiles) << "SQLite has no default VFS";
            return;
        }
        // A copy of the default with its own name, room for our header, and our xOpen; every
        // other call (delete, access, full path, time, randomness) is the default's own.
        g_vfs = *g_base;
        g_vfs.zName = kVfsName;
        g_vfs.szOsFile = int(kHeader) + g_base->szOsFile;
        g_vfs.pNext = nullptr;
        g_vfs.xOpen = vfsOpen;
        const int rc = sqlite3_vfs_register(&g_vfs, 0);
        if (rc != SQLITE_OK) {
            qCCritical(lcTempFiles) << "cannot register the store's VFS:" << sqlite3_errstr(rc);
            g_base = nullptr;
        }
    });
    return g_base ? kVfsName : nullptr;
}

quint64 encryptedTempBytesWritten()
{
    return g_tempBytesWritten.load(std::memory_order_relaxed);
}

} // namespace gw
