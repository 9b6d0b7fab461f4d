#pragma once

#include "records.h"

#include <QDate>
#include <QList>

namespace gw {

class Store;

/// The demo project "De Gang" (10 h per month): a beheerder, the resident Samira with some
/// months of realistic entries (one correction, one removal), a few neighbours with hours of
/// their own, the corridor's common room, the central hall and the garden, and a programme of
/// activities organised by Daan (gangmaker) and Inge. Deterministic for a given @p today. Written
/// once, used by the client's offline demo (seedDemo) and by `gangwerk-server seed-demo`.
struct DemoRecords
{
    Project project;
    QList<Member> members;       // residents first; members.first() is Samira
    QList<HourEntry> entries;    // in creation order (corrections after what they correct)
    QList<DeviceRecord> devices; // enrolled before the demo starts (none of Samira's)
    /// The programme: one past (done), coming ones (one full with Samira on the waiting list,
    /// one she comes to together with Yonas, one cancelled), as the server has them.
    QList<Activity> activities;
    /// Buurtdiensten: open requests and offers (one nobody took for three days, one Daan asked
    /// for Henk), one taken with messages, one reported and waiting for Samira's confirmation,
    /// one credited, and Yonas's groceries every Tuesday with two credited dates; their SERVICE
    /// entries are in `entries`. Talents for Samira, Yonas and Daan.
    QList<ServicePost> posts;
    /// Signals: Inge's inbox (two about studio 2.05 within a day, one by Samira answered and
    /// with a knock task for Daan; a nuisance signal waiting far too long; one Samira can still
    /// reopen; an old closed one whose reporter is forgotten) and Daan's knock task.
    QList<Signal> signalList;
    QList<KnockTask> knockTasks;
    QString residentId;  // Samira
    QString beheerderId; // Inge
};
DemoRecords demoRecords(QDate today);

/// Fills an empty client store with the demo as Samira's device holds it (her own entries,
/// everyone's public member record). Does nothing when the store already has a member.
/// Returns true when it seeded.
bool seedDemo(Store &store, QDate today);

} // namespace gw
