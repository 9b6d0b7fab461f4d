#pragma once

#include "gangwerk/sync/v1/sync.pb.h"
#include "records.h"

#include <string_view>

/// Core records to and from their wire form (sync.proto), written once for the server and the
/// client. Dates travel as ISO days, instants as milliseconds since the epoch (UTC).
namespace gw::wire {

namespace pb = ::gangwerk::sync::v1;

pb::Project toWire(const Project &p);
Project fromWire(const pb::Project &p);

pb::Member toWire(const Member &m);
Member fromWire(const pb::Member &m);

pb::Device toWire(const DeviceRecord &d);
DeviceRecord fromWire(const pb::Device &d);
pb::HourEntry toWire(const HourEntry &e);
HourEntry fromWire(const pb::HourEntry &e);
/// The projectId of an activity is not on the wire (it is the change's project): set it.
pb::Activity toWire(const Activity &a);
Activity fromWire(const pb::Activity &a);
pb::ActivitySignUp toWire(const activities::SignUp &s);
activities::SignUp fromWire(const pb::ActivitySignUp &s);
pb::CreditDispute toWire(const activities::Dispute &d);
activities::Dispute fromWire(const pb::CreditDispute &d);
pb::ActivityStatus toWire(activities::Status s);
activities::Status fromWire(pb::ActivityStatus s);
pb::Repeat toWire(activities::Repeat r);
activities::Repeat fromWire(pb::Repeat r);
pb::SignUpState toWire(activities::SignUpState s);
activities::SignUpState fromWire(pb::SignUpState s);

/// The projectId of a service post is not on the wire (it is the change's project): set it.
pb::ServicePost toWire(const ServicePost &p);
ServicePost fromWire(const pb::ServicePost &p);
pb::ServiceKind toWire(services::Kind k);
services::Kind fromWire(pb::ServiceKind k);
pb::ServiceState toWire(services::State s);
services::State fromWire(pb::ServiceState s);
pb::OccurrenceState toWire(services::OccurrenceState s);
services::OccurrenceState fromWire(pb::OccurrenceState s);

/// The projectId of a signal or a knock task is not on the wire (it is the change's project).
pb::Signal toWire(const Signal &sig);
Signal fromWire(const pb::Signal &w);
pb::KnockTask toWire(const KnockTask &t);
KnockTask fromWire(const pb::KnockTask &w);
pb::SignalSettings toWire(const signalrules::Settings &s);
signalrules::Settings fromWire(const pb::SignalSettings &w);
/// Signal enums; nullopt for UNSPECIFIED (or a value this build does not know).
std::optional<signalrules::Category> fromWire(pb::SignalCategory c);
pb::SignalCategory toWire(signalrules::Category c);
std::optional<signalrules::Urgency> fromWire(pb::SignalUrgency u);
pb::SignalUrgency toWire(signalrules::Urgency u);
pb::SignalOutcome toWire(signalrules::Outcome o);
signalrules::Outcome fromWire(pb::SignalOutcome o);
pb::KnockOutcome toWire(signalrules::KnockOutcome o);
signalrules::KnockOutcome fromWire(pb::KnockOutcome o);

pb::Role toWire(Role r);
std::optional<Role> fromWire(pb::Role r);
pb::Period toWire(hours::Period p);
std::optional<hours::Period> fromWire(pb::Period p);
pb::EntrySource toWire(EntrySource s);
EntrySource fromWire(pb::EntrySource s);

/// An instant as milliseconds since the epoch, 0 for an invalid one (and back, in UTC): how
/// instants travel and are stored.
qint64 instantToMs(const QDateTime &t);
QDateTime instantFromMs(qint64 ms);

/// ISO day, empty for an invalid date (and back).
std::string dayToWire(QDate d);
QDate dayFromWire(const std::string &s);

/// True for a lower-case UUID without braces, the only id form the protocol accepts.
bool isCanonicalId(const std::string &id);

/// The first text field of @p message (at any depth) that holds a NUL character, as its path
/// ("append_hour_entry.entry.note"); empty when none does. No text a person types holds one,
/// and a store keeps it differently (SQLite keeps it, PostgreSQL cannot): a change with one is
/// refused as malformed.
std::string textWithNul(const google::protobuf::Message &message);
/// Whether a message serialized as @p bytes may hold a text with a NUL: a text's bytes stand in
/// its serialization as they are, so bytes without a 0x00 byte hold none (and textWithNul()
/// need not walk the parsed message, which cost a pushed entry ~4% of the server's work).
bool mayHoldNul(std::string_view bytes);

} // namespace gw::wire
