#include "servicenotices.h"

#include "hoursrules.h"
#include "permissions.h"

#include <QCoreApplication>

namespace gw::servicenotices {

Plan plan(const Input &in)
{
    Plan out;
    const QString me = in.me.id;
    const QDateTime fresh = in.now.addDays(-kFreshDays);
    const auto add = [&](const ServicePost &p, const QString &event, const QDateTime &at,
                         const QString &title, const QString &body) {
        const QString key = QLatin1String(kKeyPrefix) + p.id + QLatin1Char(':') + event;
        if (in.delivered.contains(key))
            return;
        const Notice n{key, p.id, title, body};
        (at.isValid() && at < fresh ? out.covered : out.due).append(n);
    };
    const auto later = [&](const QDateTime &t) {
        if (t.isValid() && t > in.now && (!out.next.isValid() || t < out.next))
            out.next = t;
    };
    const bool flagsShown = in.me.role != Role::Resident;
    for (const ServicePost &p : in.posts) {
        const services::State state = services::stateAt(p, in.now);
        const bool request = p.kind == services::Kind::Request;
        const bool poster = p.poster() == me || p.isAskerSide(me);
        // Taken: the poster hears that a neighbour said yes.
        if (poster && state == services::State::Taken && p.takenAt.isValid()) {
            const QString taker = request ? p.helperId : p.askerId;
            if (!taker.isEmpty() && taker != me)
                add(p, QStringLiteral("taken:") + taker, p.takenAt,
                    request
                        ? QCoreApplication::translate("ServiceNotices", "A neighbour will help you")
                        : QCoreApplication::translate("ServiceNotices",
                                                      "A neighbour said yes to your offer"),
                    QCoreApplication::translate("ServiceNotices",
                                                "Open Gangwerk to send a message."));
        }
        for (const services::Occurrence &o : p.occurrences) {
            if (o.state == services::OccurrenceState::Reported && p.isAskerSide(me))
                add(p, QStringLiteral("reported:") + o.id, o.reportedAt,
                    QCoreApplication::translate("ServiceNotices", "Your neighbour helped you"),
                    QCoreApplication::translate(
                        "ServiceNotices",
                        "Please confirm the help in Gangwerk, so your neighbour gets the hours."));
            if (o.state == services::OccurrenceState::Credited && o.helperId == me)
                add(p, QStringLiteral("credited:") + o.id, o.confirmedAt,
                    QCoreApplication::translate("ServiceNotices", "Thank you for helping"),
                    QCoreApplication::translate("ServiceNotices", "%1 counted as your hours.")
                        .arg(hours::formatMinutes(o.confirmedMinutes)));
        }
        // Expired: its poster may put it up again.
        if (p.poster() == me && p.expiresAt.isValid()) {
            if (state == services::State::Expired)
                add(p, QStringLiteral("expired:%1").arg(p.expiresAt.toMSecsSinceEpoch()),
                    p.expiresAt,
                    request
                        ? QCoreApplication::translate("ServiceNotices", "Nobody took your request")
                        : QCoreApplication::translate("ServiceNotices", "Nobody took your offer"),
                    QCoreApplication::translate(
                        "ServiceNotices",
                        "It is no longer on the board. You can put it up again in Gangwerk."));
            else if (state == services::State::Open)
                later(p.expiresAt);
        }
        // A message from the other side (the text stays in the app).
        for (const services::Message &m : p.messages)
            if (m.authorId != me && m.sentAt.isValid())
                add(p, QStringLiteral("message:") + m.id, m.sentAt,
                    QCoreApplication::translate("ServiceNotices", "New message"),
                    QCoreApplication::translate(
                        "ServiceNotices", "You have a new message about a request for help."));
        if (p.suggestedHelperId == me && state == services::State::Open)
            add(p, QStringLiteral("suggested"), p.changedAt,
                QCoreApplication::translate("ServiceNotices", "Can you help?"),
                QCoreApplication::translate(
                    "ServiceNotices",
                    "The beheerder thinks you could help a neighbour. Have a look in Gangwerk."));
        // Two days untaken: the corridor's gangmakers and the beheerders.
        if (flagsShown && request && !poster &&
            (in.me.role == Role::Beheerder || (!in.me.gang.isEmpty() && p.gang == in.me.gang))) {
            if (services::isFlagged(p, in.now))
                add(p, QStringLiteral("flagged:%1").arg(p.postedAt.toMSecsSinceEpoch()),
                    p.postedAt.addSecs(qint64(services::kUntakenFlagHours) * 3600),
                    QCoreApplication::translate("ServiceNotices", "A request waits for help"),
                    QCoreApplication::translate(
                        "ServiceNotices",
                        "Nobody took a request for help for 2 days. Can you find someone?"));
            else if (state == services::State::Open && p.postedAt.isValid())
                later(p.postedAt.addSecs(qint64(services::kUntakenFlagHours) * 3600));
        }
    }
    return out;
}

} // namespace gw::servicenotices
