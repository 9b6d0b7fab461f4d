#pragma once

#include <QDate>

namespace gw {

class Store;

/// Fills an empty client store with the demo project "De Gang" (10 h per month) and a resident
/// with some months of realistic entries, including one correction and one removal, so a
/// newcomer sees a living app. Deterministic for a given @p today. Does nothing when the store
/// already has a member. Returns true when it seeded.
bool seedDemo(Store &store, QDate today);

} // namespace gw
