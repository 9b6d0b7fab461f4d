#pragma once

#include <QtGlobal>

namespace gw {

/// The name of the SQLite VFS every Store connection opens through ("gangwerk"), registered
/// on first use (thread-safe). It is the platform's default VFS with one difference: the
/// temporary files SQLite makes for itself (a sort bigger than its memory, a temporary table, a
/// statement journal) are encrypted. SQLCipher encrypts only the store, its journal and its WAL;
/// a temporary file would otherwise hold record contents in plaintext, which is why every store
/// used to keep them in memory (and a big sort whole in RAM).
///
/// Each temporary file gets a random AES-256 key of its own that never leaves this process's
/// memory (wiped when the file closes; SQLite deletes such files as it opens them). The file is
/// encrypted in 4 KiB sectors with AES-CTR; every write of a sector takes a fresh counter (kept
/// in memory per sector), so no key stream is ever used twice, also when SQLite rewrites a part
/// of the file. No authentication: the file lives only as long as one statement or connection,
/// on the device's own disk, and whoever could alter it under a running process could read the
/// process's memory too. Memory-mapped access is not offered for these files (a mapping would
/// show SQLite the ciphertext), so SQLite reads them with plain reads. Store files, journals and
/// WAL files pass through untouched.
///
/// Returns nullptr (and logs) only when the default VFS cannot be found.
const char *encryptingVfsName();

/// Bytes written to temporary files through the VFS in this process so far (all connections).
/// For tests and the benchmark: proof that a sort spilled, and spilled encrypted.
quint64 encryptedTempBytesWritten();

} // namespace gw
