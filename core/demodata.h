#pragma once

#include "records.h"

#include <QDate>
#include <QList>

namespace gw {

class Store;

/// The demo project "De Gang" (10 h per month): a beheerder, the resident Samira with some
/// months of realistic entries (one correction, one removal) and a few neighbours with hours of
/// their own. Deterministic for a given @p today. Written once, used by the client's offline
/// demo (seedDemo) and by `gangwerk-server seed-demo`.
struct DemoRecords
{
    Project project;
    QList<Member> members;       // residents first; members.first() is Samira
    QList<HourEntry> entries;    // in creation order (corrections after what they correct)
    QList<DeviceRecord> devices; // enrolled before the demo starts (none of Samira's)
    QString residentId;          // Samira
    QString beheerderId;         // Inge
};
DemoRecords demoRecords(QDate today);

/// Fills an empty client store with the demo as Samira's device holds it (her own entries,
/// everyone's public member record). Does nothing when the store already has a member.
/// Returns true when it seeded.
bool seedDemo(Store &store, QDate today);

} // namespace gw
