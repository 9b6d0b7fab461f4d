#include "signalnotices.h"

#include "signalsfamily.h"

#include <QCoreApplication>

namespace gw::signalnotices {

servicenotices::Plan plan(const Input &in)
{
    servicenotices::Plan out;
    const QDateTime fresh = in.now.addDays(-kFreshDays);
    const auto add = [&](const QString &recordId, const QString &event, const QDateTime &at,
                         const char *title, const char *body) {
        const QString key = QLatin1String(kKeyPrefix) + recordId + QLatin1Char(':') + event;
        if (in.delivered.contains(key))
            return;
        const servicenotices::Notice n{key, recordId,
                                       QCoreApplication::translate("SignalNotices", title),
                                       QCoreApplication::translate("SignalNotices", body)};
        (at.isValid() && at < fresh ? out.covered : out.due).append(n);
    };
    const bool beheerder = signalsfamily::handlesSignals(in.me);
    for (const Signal &sig : in.signalList) {
        if (beheerder && sig.urgency == signalrules::Urgency::Today &&
            sig.state == signalrules::State::Received && sig.reporterId != in.me.id)
            add(sig.id, QStringLiteral("new"), sig.receivedAt,
                QT_TRANSLATE_NOOP("SignalNotices", "A signal for today"),
                QT_TRANSLATE_NOOP("SignalNotices",
                                  "A neighbour asks for a reaction today. Open Gangwerk to read "
                                  "it."));
        if (!sig.reporterId.isEmpty() && sig.reporterId == in.me.id)
            for (const signalrules::Text &a : sig.answers)
                if (a.authorId != in.me.id && a.at.isValid())
                    add(sig.id, QStringLiteral("answer:") + a.id, a.at,
                        QT_TRANSLATE_NOOP("SignalNotices", "The beheerder answered you"),
                        QT_TRANSLATE_NOOP("SignalNotices",
                                          "Open Gangwerk to read the answer to your signal."));
    }
    for (const KnockTask &t : in.knockTasks)
        if (t.gangmakerId == in.me.id && t.outcome == signalrules::KnockOutcome::None)
            add(t.id, QStringLiteral("knock"), t.askedAt,
                QT_TRANSLATE_NOOP("SignalNotices", "Please knock on a door"),
                QT_TRANSLATE_NOOP("SignalNotices",
                                  "The beheerder asks you to look in on a neighbour. Open "
                                  "Gangwerk to see where."));
    return out;
}

} // namespace gw::signalnotices
