// Fuzzes the record codec (core/recordcodec.h) and the registry's payload functions
// (core/recordkinds.h) on bytes as they come from the wire or the server's change log: the first
// byte picks what the rest is read as — a record of one kind (setRecordPayload, as Pull and a
// refused Push read the change log), a Mutation (as Push reads it), or the strings the codec
// parses by hand (ISO days, canonical ids). Checks that a record's wire form is stable after one
// trip through core's types, that every decoded record serializes to a payload that reads back,
// that redaction for every role keeps a record readable, and that days and ids read back as
// they were written.

#include "fuzzcheck.h"
#include "fuzzserver.h"
#include "recordcodec.h"
#include "recordkinds.h"

#include <QUuid>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>

namespace pb = ::gangwerk::sync::v1;
namespace wire = gw::wire;

namespace {

/// toWire(fromWire(x)), done twice, gives the same bytes: what one trip loses stays lost, and
/// nothing changes on later trips (a device and the server keep passing records around).
template <typename Message> void checkStable(const Message &m)
{
    const Message once = wire::toWire(wire::fromWire(m));
    const Message twice = wire::toWire(wire::fromWire(once));
    GW_FUZZ_CHECK(once.SerializeAsString() == twice.SerializeAsString());
}

void checkRecord(const pb::Change &c)
{
    switch (c.record_case()) {
    case pb::Change::kProject:
        checkStable(c.project());
        break;
    case pb::Change::kMember:
        checkStable(c.member());
        break;
    case pb::Change::kHourEntry:
        checkStable(c.hour_entry());
        break;
    case pb::Change::kDevice:
        checkStable(c.device());
        break;
    case pb::Change::kActivity:
        checkStable(c.activity());
        break;
    case pb::Change::kServicePost:
        checkStable(c.service_post());
        break;
    case pb::Change::kSignal:
        checkStable(c.signal());
        break;
    case pb::Change::kKnockTask:
        checkStable(c.knock_task());
        break;
    case pb::Change::RECORD_NOT_SET:
        break;
    }
}

gw::Member viewer(gw::Role role, const std::string &id, const std::string &gang)
{
    gw::Member m;
    m.id = QString::fromStdString(id);
    m.role = role;
    m.gang = QString::fromStdString(gang);
    return m;
}

void readRecord(const gw::RecordKind &kind, const char *data, int size)
{
    pb::Change c;
    if (!gw::setRecordPayload(c, kind, data, size))
        return;
    GW_FUZZ_CHECK(c.record_case() == kind.wire);
    checkRecord(c);
    (void)kind.idOf(c);
    const QString audience = kind.audienceOf(c).key();
    GW_FUZZ_CHECK(!audience.isEmpty());

    // What the change log keeps of it reads back as the same record.
    const std::string payload = gw::recordPayload(c);
    pb::Change back;
    GW_FUZZ_CHECK(gw::setRecordPayload(back, kind, payload.data(), int(payload.size())));
    GW_FUZZ_CHECK(back.SerializeAsString() == c.SerializeAsString());

    // Redacted for viewers of every role, in and outside the record's gang, about themselves
    // or not: still a record of its kind, never bigger than it was.
    if (!kind.redact)
        return;
    const std::string anyId = "00000000-0000-4000-8000-0000000000a1";
    const std::string gang = "Gang 2";
    const gw::Member viewers[] = {
        viewer(gw::Role::Resident, anyId, gang),
        viewer(gw::Role::Resident, "00000000-0000-4000-8000-0000000000a2", "Gang 3"),
        viewer(gw::Role::Gangmaker, anyId, gang),
        viewer(gw::Role::Gangmaker, "00000000-0000-4000-8000-0000000000a3", "Gang 3"),
        viewer(gw::Role::Beheerder, "00000000-0000-4000-8000-0000000000b1", ""),
        viewer(gw::Role::Resident, kind.idOf(c).toStdString(), gang),
    };
    for (const gw::Member &v : viewers) {
        pb::Change shown = c;
        kind.redact(shown, v);
        GW_FUZZ_CHECK(shown.record_case() == kind.wire);
        GW_FUZZ_CHECK(shown.ByteSizeLong() <= c.ByteSizeLong());
        const std::string redacted = gw::recordPayload(shown);
        pb::Change again;
        GW_FUZZ_CHECK(gw::setRecordPayload(again, kind, redacted.data(), int(redacted.size())));
    }
}

void readMutation(const char *data, int size)
{
    pb::Mutation m;
    if (!m.ParseFromArray(data, size))
        return;
    if (const gw::MutationKind *kind = gw::mutationKind(m.body_case())) {
        (void)kind->recordIdOf(m);
        GW_FUZZ_CHECK(gw::mutationKind(QString::fromLatin1(kind->name)) == kind);
    }
    switch (m.body_case()) {
    case pb::Mutation::kAppendHourEntry:
        checkStable(m.append_hour_entry().entry());
        break;
    case pb::Mutation::kPlanActivity:
        checkStable(m.plan_activity().activity());
        break;
    case pb::Mutation::kPostService:
        checkStable(m.post_service().post());
        break;
    case pb::Mutation::kRaiseSignal:
        checkStable(m.raise_signal().signal());
        break;
    case pb::Mutation::kAskKnock:
        checkStable(m.ask_knock().task());
        break;
    default:
        break;
    }
}

void readStrings(const char *data, size_t size)
{
    const std::string s(data, size);
    // An ISO day that reads is written back exactly as it was.
    const QDate day = wire::dayFromWire(s);
    if (day.isValid())
        GW_FUZZ_CHECK(wire::dayToWire(day) == s);
    GW_FUZZ_CHECK(wire::dayFromWire(wire::dayToWire(day)) == day);
    // A canonical id is a lower-case UUID without braces, as QUuid writes it.
    const QUuid parsed = QUuid::fromString(QLatin1String(s.data(), qsizetype(s.size())));
    const bool asQUuidWritesIt =
        !parsed.isNull() && parsed.toString(QUuid::WithoutBraces).toStdString() == s;
    GW_FUZZ_CHECK(wire::isCanonicalId(s) == asQUuidWritesIt);
    // Instants: milliseconds, 0 for none.
    qint64 ms = 0;
    std::memcpy(&ms, data, std::min(size, sizeof ms));
    const QDateTime t = wire::instantFromMs(ms);
    if (ms == 0)
        GW_FUZZ_CHECK(!t.isValid());
    if (t.isValid())
        GW_FUZZ_CHECK(wire::instantToMs(t) == ms);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    static const bool quiet = (gw::fuzz::quietLogs(), true);
    (void)quiet;
    if (size < 1)
        return -1;
    const auto *data = reinterpret_cast<const char *>(bytes) + 1;
    const int rest = int(size - 1);
    const auto &kinds = gw::recordKinds();
    const int pick = bytes[0] % (int(kinds.size()) + 2);
    if (pick < kinds.size())
        readRecord(kinds.at(pick), data, rest);
    else if (pick == kinds.size())
        readMutation(data, rest);
    else
        readStrings(data, size_t(rest));
    return 0;
}
