#include "demodata.h"

#include "hoursrepository.h"
#include "projectrepository.h"
#include "store.h"

#include <QRandomGenerator>

#include <limits>

namespace gw {

bool seedDemo(Store &store, QDate today)
{
    ProjectRepository projects(store);
    if (!projects.selfMemberId().isEmpty())
        return false;
    HoursRepository ledger(store);

    Project p;
    p.id = QStringLiteral("00000000-0000-4000-8000-0000000000d1");
    p.name = QStringLiteral("De Gang");
    p.requirement = {10 * 60, hours::Period::Month};
    p.beheerderContact = QStringLiteral("Inge de Vries, beheerder");
    p.emergencyNumber = QStringLiteral("088 123 45 67");
    p.officeHours = QStringLiteral("ma–vr 9:00–17:00");

    Member m;
    m.id = QStringLiteral("00000000-0000-4000-8000-0000000000a1");
    m.projectId = p.id;
    m.displayName = QStringLiteral("Samira");
    m.movedIn = QDate(today.year(), today.month(), 1).addMonths(-5).addDays(11);

    struct Kind
    {
        const char *category;
        const char *note;
        int minutes;
    };
    static const Kind kinds[] = {
        {"buurtdienst", "Boodschappen voor Henk van nr. 12", 60},
        {"taal en les", "Taalmaatje: Nederlands oefenen met Yonas", 90},
        {"tuin en gebouw", "Moestuin water gegeven en onkruid gewied", 120},
        {"activiteit", "Samen koken in de gemeenschappelijke ruimte", 150},
        {"commissie", "Vergadering activiteitencommissie", 60},
        {"buurtdienst", "Laptop van buurvrouw weer aan de praat", 45},
        {"anders", "Folders rondgebracht voor de buurtdag", 30},
    };
    QRandomGenerator rng(4242); // fixed: the demo looks the same every time
    const auto at = [&](QDate d, int hour) {
        return QDateTime(d, QTime(hour, 0), QTimeZone::utc());
    };

    Transaction tx(store);
    projects.saveProject(p);
    projects.saveMember(m);
    projects.setSelfMemberId(m.id);
    QList<QPair<QDate, QString>> made;
    for (QDate d = m.movedIn.addDays(2); d <= today.addDays(-1); d = d.addDays(1)) {
        if (rng.bounded(100) >= 22) // a few entries a week
            continue;
        const Kind &k = kinds[rng.bounded(int(std::size(kinds)))];
        HourEntry e;
        e.id = newId();
        e.memberId = m.id;
        e.day = d;
        e.minutes = k.minutes;
        e.category = QString::fromUtf8(k.category);
        e.note = QString::fromUtf8(k.note);
        e.createdAt = at(d, 18);
        ledger.append(e);
        made.append({d, e.id});
    }
    // One correction about four weeks back and one removal about ten days back: the entries
    // nearest to those days.
    const auto nearest = [&](int daysBack) {
        QString id;
        qint64 best = std::numeric_limits<qint64>::max();
        for (const auto &[d, entryId] : made) {
            const qint64 dist = std::abs(d.daysTo(today.addDays(-daysBack)));
            if (dist < best) {
                best = dist;
                id = entryId;
            }
        }
        return id;
    };
    const QString correctable = nearest(28);
    QString removable = nearest(10);
    if (removable == correctable)
        removable.clear();
    if (!correctable.isEmpty()) {
        HourEntry orig = *ledger.entry(correctable);
        HourEntry fix = orig;
        fix.id = newId();
        fix.minutes = orig.minutes + 30;
        fix.corrects = orig.id;
        fix.createdAt = orig.createdAt.addDays(1);
        ledger.append(fix);
    }
    if (!removable.isEmpty()) {
        HourEntry orig = *ledger.entry(removable);
        HourEntry v = orig;
        v.id = newId();
        v.minutes = 0;
        v.note.clear();
        v.corrects = orig.id;
        v.voids = true;
        v.createdAt = orig.createdAt.addSecs(3600);
        ledger.append(v);
    }
    tx.commit();
    return true;
}

} // namespace gw
