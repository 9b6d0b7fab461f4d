#pragma once

#include "store.h"

namespace gw {

/// The schema of the store on a device: core's record tables (recordschema.h) and the device's
/// own part (sync state, outbox). Migrations only ever append: a released step is never
/// edited, because devices in the field have already run it.
const Schema &clientSchema();

} // namespace gw
