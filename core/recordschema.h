#pragma once

#include "store.h"

namespace gw {

/// The record tables every Gangwerk store holds, written once: a device's store and the
/// server's store both start from this part (name "records") and add only their own
/// bookkeeping (clientschema.h, the server's serverschema.h), so core's repositories and rules
/// run unchanged on both. Migrations only append.
const SchemaPart &recordSchema();

} // namespace gw
