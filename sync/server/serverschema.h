#pragma once

#include "store.h"

namespace gw::server {

/// The schema of gangwerk-server's store. Its record tables (project, category, member,
/// hour_entry, setting) have the client's columns, so that core's repositories and their rules
/// (what counts as an effective entry) run unchanged on the server. Migrations only append.
const Schema &serverSchema();

} // namespace gw::server
