#pragma once

#include "fuzzserver.h"

/// Push and pull through the fuzz server with the protocol's promises checked (fuzz_push,
/// fuzz_session): a property that does not hold aborts.
namespace gw::fuzz {

/// Pushes @p request as @p who and checks the answer: no store error for any input, the
/// unknown token refused, one result per mutation in client_seq order, a refusal with its
/// reason and words, an applied one without; then sends the same request again (the answer was
/// lost on the way) and checks that nothing applies a second time. Returns whether the first
/// push was answered OK.
bool checkedPush(FuzzServer &server, Who who, const ::gangwerk::sync::v1::PushRequest &request);

/// Pulls as @p who from the template's last change to the end (at most 20 pages): what the
/// inputs changed. Checks that it is answered OK (an enrolled device) and each page's order.
void checkedPullOfChanges(FuzzServer &server, Who who);

} // namespace gw::fuzz
