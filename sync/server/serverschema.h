#pragma once

#include "store.h"

namespace gw::server {

/// The schema of gangwerk-server's store: core's record tables (recordschema.h, the same as on
/// every device, so that core's repositories and rules run unchanged here) and the server's own
/// part (invites, devices, mutation outcomes, the change log). Migrations only append.
const Schema &serverSchema();

/// The same schema on PostgreSQL (PgConnection::schemaSql() of every step, parts only): a store
/// there is always made new, so no legacy step and no step's data work (which converts data
/// older than PostgreSQL support) runs; a later step with data work must be written for both.
const Schema &pgServerSchema();

} // namespace gw::server
