#pragma once

#include "store.h"

namespace gw::server {

/// The schema of gangwerk-server's store: core's record tables (recordschema.h, the same as on
/// every device, so that core's repositories and rules run unchanged here) and the server's own
/// part (invites, devices, mutation outcomes, the change log). Migrations only append.
const Schema &serverSchema();

} // namespace gw::server
