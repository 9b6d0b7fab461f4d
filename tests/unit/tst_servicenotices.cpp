// What a device tells its member about buurtdiensten (core/servicenotices.h): each event to the
// right person, once, never with a name or the words of a post or message (lock screens), history
// from a first sync remembered but not shown, and the app's ServiceNoticeService on a real
// SQLCipher store: told once across restarts, and kept apart from the activities' reminders.
#include "clientschema.h"
#include "clock.h"
#include "dbusnotifier.h"
#include "membercontext.h"
#include "projectrepository.h"
#include "reminderrepository.h"
#include "servicenotices.h"
#include "servicenoticeservice.h"
#include "servicerepository.h"
#include "servicesservice.h"
#include "store.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace gw;
using services::OccurrenceState;
using services::State;

namespace {

const QString kSamira = QStringLiteral("0190a000-0000-7000-8000-00000000000a");
const QString kYonas = QStringLiteral("0190a000-0000-7000-8000-00000000000b");
const QString kDaan = QStringLiteral("0190a000-0000-7000-8000-00000000000c");
const QString kInge = QStringLiteral("0190a000-0000-7000-8000-00000000000d");
const QString kProject = QStringLiteral("0190a000-0000-7000-8000-0000000000f1");
const QString kGang = QStringLiteral("Noord");

QDateTime at(int day, int hour)
{
    return QDateTime(QDate(2026, 12, day), QTime(hour, 0), QTimeZone::utc());
}

Member member(const QString &id, Role role)
{
    Member m;
    m.id = id;
    m.projectId = kProject;
    m.role = role;
    m.gang = role == Role::Beheerder ? QString() : kGang;
    return m;
}

// Samira asks for help with a secret-sounding text; Yonas helps.
ServicePost request(int postedDay = 1)
{
    ServicePost p;
    p.id = QStringLiteral("0190a000-0000-7000-8000-0000000005%1")
               .arg(postedDay, 2, 10, QLatin1Char('0'));
    p.projectId = kProject;
    p.kind = services::Kind::Request;
    p.category = QStringLiteral("paperwork");
    p.text = QStringLiteral("Brief van de schuldhulp");
    p.gang = kGang;
    p.askerId = kSamira;
    p.postedBy = kSamira;
    p.postedAt = at(postedDay, 10);
    p.expiresAt = p.postedAt.addDays(7);
    return p;
}

ServicePost taken(ServicePost p, int day)
{
    p.helperId = kYonas;
    p.state = State::Taken;
    p.takenAt = at(day, 12);
    return p;
}

QStringList keys(const QList<servicenotices::Notice> &notices)
{
    QStringList out;
    for (const auto &n : notices)
        out.append(n.key.section(QLatin1Char(':'), 2, 2)); // the event
    return out;
}

} // namespace

class TestServiceNotices : public QObject
{
    Q_OBJECT

private slots:
    void eachEventReachesItsPerson_data()
    {
        QTest::addColumn<QString>("situation");
        QTest::addColumn<QString>("viewer");
        QTest::addColumn<QStringList>("events");
        // Taken: the asker hears it, nobody else.
        QTest::newRow("taken / asker") << "taken" << kSamira << QStringList{"taken"};
        QTest::newRow("taken / helper") << "taken" << kYonas << QStringList{};
        QTest::newRow("taken / gangmaker") << "taken" << kDaan << QStringList{};
        // Reported: the asker is asked to confirm.
        QTest::newRow("reported / asker")
            << "reported" << kSamira << QStringList{"taken", "reported"};
        QTest::newRow("reported / helper") << "reported" << kYonas << QStringList{};
        // Credited: the helper hears it counts.
        QTest::newRow("credited / helper") << "credited" << kYonas << QStringList{"credited"};
        QTest::newRow("credited / asker") << "credited" << kSamira << QStringList{"taken"};
        // A message from the other side, not one's own.
        QTest::newRow("message / asker") << "message" << kSamira << QStringList{"taken"};
        QTest::newRow("message / helper") << "message" << kYonas << QStringList{"message"};
        // Expired: its poster.
        QTest::newRow("expired / asker") << "expired" << kSamira << QStringList{"expired"};
        QTest::newRow("expired / neighbour") << "expired" << kYonas << QStringList{};
        // Two days untaken: the corridor's gangmaker and the beheerders, not residents.
        QTest::newRow("untaken / gangmaker") << "untaken" << kDaan << QStringList{"flagged"};
        QTest::newRow("untaken / beheerder") << "untaken" << kInge << QStringList{"flagged"};
        QTest::newRow("untaken / resident") << "untaken" << kYonas << QStringList{};
        QTest::newRow("fresh / gangmaker") << "fresh" << kDaan << QStringList{};
        // The beheerder's suggestion: that member.
        QTest::newRow("suggested / Yonas") << "suggested" << kYonas << QStringList{"suggested"};
        QTest::newRow("suggested / Daan") << "suggested" << kDaan << QStringList{};
    }

    void eachEventReachesItsPerson()
    {
        QFETCH(QString, situation);
        QFETCH(QString, viewer);
        QFETCH(QStringList, events);
        ServicePost p = request();
        QDateTime now = at(2, 9);
        if (situation != QLatin1String("expired") && situation != QLatin1String("untaken") &&
            situation != QLatin1String("fresh") && situation != QLatin1String("suggested"))
            p = taken(p, 1);
        if (situation == QLatin1String("reported") || situation == QLatin1String("credited")) {
            services::Occurrence o;
            o.id = QStringLiteral("0190a000-0000-7000-8000-0000000006a1");
            o.day = QDate(2026, 12, 1);
            o.helperId = kYonas;
            o.reportedMinutes = 47;
            o.reportedAt = at(1, 18);
            if (situation == QLatin1String("credited")) {
                o.state = OccurrenceState::Credited;
                o.confirmedMinutes = 45;
                o.confirmedAt = at(1, 20);
            }
            p.occurrences = {o};
        }
        if (situation == QLatin1String("message"))
            p.messages = {{QStringLiteral("0190a000-0000-7000-8000-0000000007a1"), kSamira, kYonas,
                           QStringLiteral("Mijn pincode is …"), at(1, 13)}};
        if (situation == QLatin1String("expired"))
            now = at(9, 9);
        if (situation == QLatin1String("untaken"))
            now = at(3, 11);
        if (situation == QLatin1String("suggested"))
            p.suggestedHelperId = kYonas;
        const Role role = viewer == kInge   ? Role::Beheerder
                          : viewer == kDaan ? Role::Gangmaker
                                            : Role::Resident;
        servicenotices::Input in{member(viewer, role), now, {p}, {}};
        const servicenotices::Plan plan = servicenotices::plan(in);
        QCOMPARE(keys(plan.due), events);
        // Lock screens: never a name, the post's words or a message's text.
        for (const servicenotices::Notice &n : plan.due) {
            for (const QString &secret : {QStringLiteral("schuldhulp"), QStringLiteral("pincode"),
                                          QStringLiteral("Samira"), QStringLiteral("Yonas")}) {
                QVERIFY2(!n.title.contains(secret) && !n.body.contains(secret),
                         qPrintable(n.title + " / " + n.body));
            }
            QCOMPARE(n.postId, p.id);
        }
        // Told: never again.
        for (const servicenotices::Notice &n : plan.due)
            in.delivered.insert(n.key);
        QVERIFY(servicenotices::plan(in).due.isEmpty());
    }

    void historyFromAFirstSyncIsNotShown()
    {
        // A new phone pulls a request taken a month ago: remembered, not told.
        ServicePost p = taken(request(), 1);
        const servicenotices::Plan plan =
            servicenotices::plan({member(kSamira, Role::Resident), at(1, 12).addDays(30), {p}, {}});
        QVERIFY(plan.due.isEmpty());
        QCOMPARE(keys(plan.covered), QStringList{"taken"});
    }

    void timeItselfIsWaitedFor()
    {
        // Open: its poster hears of the expiry at its moment, the gangmaker after two days.
        const ServicePost p = request();
        QCOMPARE(servicenotices::plan({member(kSamira, Role::Resident), at(2, 9), {p}, {}}).next,
                 p.expiresAt);
        QCOMPARE(servicenotices::plan({member(kDaan, Role::Gangmaker), at(2, 9), {p}, {}}).next,
                 p.postedAt.addDays(2));
    }

    void theAppTellsOnceAndKeepsItApartFromReminders()
    {
        QTemporaryDir dir;
        Store store;
        QVERIFY(store
                    .open(dir.filePath(QStringLiteral("n.db")),
                          StoreKey::raw(QByteArray(32, '\x52')), clientSchema())
                    .ok());
        FixedClock clock(at(2, 9));
        {
            Transaction tx(store);
            ProjectRepository repo(store);
            Project project;
            project.id = kProject;
            project.name = QStringLiteral("De Gang");
            repo.saveProject(project);
            for (const QString &id : {kSamira, kYonas})
                repo.saveMember(member(id, Role::Resident));
            repo.setSelfMemberId(kSamira);
            ServiceRepository(store).save(taken(request(), 1));
            tx.commit();
        }
        const auto run = [&](int expected) {
            MemberContext context(store, clock);
            ServicesService services(context);
            DBusNotifier notifier; // no daemon here: the notice is still stored as told
            ServiceNoticeService notices(services, notifier);
            QSignalSpy told(&notices, &ServiceNoticeService::told);
            notices.check();
            QCOMPARE(told.size(), expected);
        };
        run(1);
        run(0); // the app started again: not told twice
        // The activities' reminders forget the keys of activities that are gone: not these.
        {
            Transaction tx(store);
            ReminderRepository(store).forgetAllBut({});
            tx.commit();
        }
        run(0);
        QCOMPARE(ReminderRepository(store).delivered().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestServiceNotices)
#include "tst_servicenotices.moc"
