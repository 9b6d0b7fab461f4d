// Buurtdiensten on a device (core/servicesservice.h), on a real SQLCipher store: the form's
// fields checked with core's words per field (care and money sent to the beheerder), a post
// stored and queued in one step, the Help board's lists for the poster, a neighbour and the
// helper, what the detail offers each of them, and a regular arrangement reported per agreed day.
#include "clientschema.h"
#include "clock.h"
#include "membercontext.h"
#include "outboxrepository.h"
#include "projectrepository.h"
#include "servicerepository.h"
#include "servicesservice.h"
#include "store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace gw;

class TestServicesService : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    FixedClock m_clock;
    std::unique_ptr<MemberContext> m_context;
    std::unique_ptr<ServicesService> m_service;
    std::unique_ptr<ServicePostModel> m_board;
    QString m_samira, m_yonas, m_daan;

    void actAs(const QString &memberId)
    {
        ProjectRepository(*m_store).setSelfMemberId(memberId);
        m_context->reload();
    }

    QStringList board(const QString &filter)
    {
        m_board->setFilter(filter);
        m_board->reload();
        QStringList out;
        for (int i = 0; i < m_board->rowCount(); ++i)
            out.append(m_board->rowAt(i).value(QStringLiteral("postText")).toString());
        return out;
    }

    static QVariantMap request(const QString &text)
    {
        return {{QStringLiteral("kind"), QStringLiteral("request")},
                {QStringLiteral("category"), QStringLiteral("groceries")},
                {QStringLiteral("text"), text},
                {QStringLiteral("flexible"), true},
                {QStringLiteral("estimate"), 45}};
    }

private slots:
    void init()
    {
        m_store = std::make_unique<Store>();
        const QString file =
            m_dir.filePath(QStringLiteral("%1.db").arg(QTest::currentTestFunction()));
        QFile::remove(file);
        QVERIFY(m_store->open(file, StoreKey::raw(QByteArray(32, '\x43')), clientSchema()).ok());
        // Sunday 22 November 2026, 20:00 in Amsterdam.
        m_clock.set(QDateTime(QDate(2026, 11, 22), QTime(19, 0), QTimeZone::utc()));
        ProjectRepository repo(*m_store);
        Transaction tx(*m_store);
        Project p;
        p.id = newId();
        p.name = QStringLiteral("Montana");
        p.beheerderContact = QStringLiteral("Inge, 020 123 45 67");
        repo.saveProject(p);
        const auto add = [&](const char *name, Role role) {
            Member m;
            m.id = newId();
            m.projectId = p.id;
            m.displayName = QString::fromLatin1(name);
            m.role = role;
            m.gang = QStringLiteral("Noord");
            repo.saveMember(m);
            return m.id;
        };
        m_samira = add("Samira", Role::Resident);
        m_yonas = add("Yonas", Role::Resident);
        m_daan = add("Daan", Role::Gangmaker);
        repo.setSelfMemberId(m_samira);
        tx.commit();
        m_context = std::make_unique<MemberContext>(*m_store, m_clock);
        m_context->reload();
        m_service = std::make_unique<ServicesService>(*m_context);
        m_board = std::make_unique<ServicePostModel>(*m_service);
    }
    void cleanup()
    {
        m_board.reset();
        m_service.reset();
        m_context.reset();
        m_store.reset();
    }

    void theFormSaysWhatIsWrongPerField()
    {
        QVariantMap f = request(QStringLiteral("  "));
        f[QStringLiteral("category")] = QString();
        f[QStringLiteral("estimate")] = 2;
        const QVariantMap errors = m_service->check(f);
        QCOMPARE(errors.value(QStringLiteral("category")).toString(),
                 services::problemMessage(services::Problem::CategoryUnknown));
        QCOMPARE(errors.value(QStringLiteral("text")).toString(),
                 services::problemMessage(services::Problem::TextMissing));
        QCOMPARE(errors.value(QStringLiteral("estimate")).toString(),
                 services::problemMessage(services::Problem::EstimateInvalid));
        // Care and money are not for neighbours: the beheerder's contact instead.
        f = request(QStringLiteral("Ik heb schulden"));
        f[QStringLiteral("category")] = QStringLiteral("money");
        QCOMPARE(m_service->check(f).value(QStringLiteral("category")).toString(),
                 services::problemMessage(services::Problem::NotLightHelp));
        QCOMPARE(m_service->beheerderContact(), QStringLiteral("Inge, 020 123 45 67"));
        QVERIFY(m_service->post(f).isEmpty());
        QCOMPARE(OutboxRepository(*m_store).pendingCount(), 0); // nothing half-written
        QVERIFY(ServiceRepository(*m_store).posts(m_context->project()->id).isEmpty());
        // A day that has passed.
        f = request(QStringLiteral("Melk"));
        f[QStringLiteral("flexible")] = false;
        f[QStringLiteral("day")] = QStringLiteral("2026-11-22");
        f[QStringLiteral("fromHour")] = 9;
        f[QStringLiteral("untilHour")] = 10;
        QCOMPARE(m_service->check(f).value(QStringLiteral("when")).toString(),
                 services::problemMessage(services::Problem::WindowPassed));
    }

    void postTakeAndTheBoardsOfEachPerson()
    {
        const QString id = m_service->post(request(QStringLiteral("Wie neemt melk mee?")));
        QVERIFY2(!id.isEmpty(), qPrintable(m_service->lastError()));
        QCOMPARE(OutboxRepository(*m_store).pendingCount(), 1); // stored and queued together
        QCOMPARE(board(QStringLiteral("mine")), QStringList{"Wie neemt melk mee?"});
        QCOMPARE(board(QStringLiteral("forMe")), QStringList());
        QVariantMap d = m_service->detail(id);
        QVERIFY(!d.value(QStringLiteral("mayTake")).toBool()); // her own
        QVERIFY(d.value(QStringLiteral("mayWithdraw")).toBool());
        QVERIFY(!d.value(QStringLiteral("mayMessage")).toBool()); // nobody to talk to yet
        QVERIFY(!m_service->take(id));
        QCOMPARE(m_service->lastError(), services::problemMessage(services::Problem::OwnPost));

        actAs(m_yonas);
        QCOMPARE(board(QStringLiteral("forMe")), QStringList{"Wie neemt melk mee?"});
        d = m_service->detail(id);
        QVERIFY(d.value(QStringLiteral("mayTake")).toBool());
        QVERIFY(m_service->take(id));
        QCOMPARE(board(QStringLiteral("iHelp")), QStringList{"Wie neemt melk mee?"});
        QCOMPARE(board(QStringLiteral("forMe")), QStringList());
        d = m_service->detail(id);
        QCOMPARE(d.value(QStringLiteral("stateText")).toString(), QStringLiteral("You help"));
        QVERIFY(d.value(QStringLiteral("mayMessage")).toBool());
        QVERIFY(d.value(QStringLiteral("mayReport")).toBool());
        QVERIFY(m_service->sendMessage(id, QStringLiteral("Om drie uur?")));
        // Unsent until the server has it.
        QCOMPARE(m_service->detail(id)
                     .value(QStringLiteral("messages"))
                     .toList()
                     .value(0)
                     .toMap()
                     .value(QStringLiteral("pending"))
                     .toBool(),
                 true);
        QVERIFY(m_service->reportDone(id, {}, 50, QStringLiteral("Gedaan")));

        actAs(m_samira);
        d = m_service->detail(id);
        QCOMPARE(d.value(QStringLiteral("stateText")).toString(), QStringLiteral("Yonas helps"));
        const QVariantMap time = d.value(QStringLiteral("times")).toList().value(0).toMap();
        QVERIFY(time.value(QStringLiteral("mayConfirm")).toBool());
        QCOMPARE(board(QStringLiteral("mine")).size(), 1);
        QCOMPARE(m_board->rowAt(0).value(QStringLiteral("todo")).toString(),
                 QStringLiteral("Please confirm the help"));
        // A device credits nothing itself: the server does, once.
        QVERIFY(m_service->confirm(id, time.value(QStringLiteral("occurrenceId")).toString()));
        QCOMPARE(OutboxRepository(*m_store).pendingCount(), 5);
    }

    void aRegularArrangementIsReportedPerAgreedDay()
    {
        // Every Tuesday 10:00–11:00 from 24 November, for four weeks.
        QVariantMap f = request(QStringLiteral("Boodschappen elke dinsdag"));
        f[QStringLiteral("flexible")] = false;
        f[QStringLiteral("day")] = QStringLiteral("2026-11-24");
        f[QStringLiteral("fromHour")] = 10;
        f[QStringLiteral("untilHour")] = 11;
        f[QStringLiteral("repeatWeekly")] = true;
        f[QStringLiteral("repeatUntil")] = QStringLiteral("2026-12-22");
        const QString id = m_service->post(f);
        QVERIFY2(!id.isEmpty(), qPrintable(m_service->lastError()));
        actAs(m_yonas);
        QVERIFY(m_service->take(id));
        QVERIFY(!m_service->detail(id).value(QStringLiteral("mayReport")).toBool()); // none yet
        // Thursday 3 December: the two Tuesdays so far, the latest first.
        m_clock.set(QDateTime(QDate(2026, 12, 3), QTime(12, 0), QTimeZone::utc()));
        QVariantList days = m_service->detail(id).value(QStringLiteral("reportDays")).toList();
        QCOMPARE(days.size(), 2);
        QCOMPARE(days.at(0).toMap().value(QStringLiteral("iso")).toString(),
                 QStringLiteral("2026-12-01"));
        QVERIFY(m_service->reportDone(id, QStringLiteral("2026-12-01"), 40, {}));
        days = m_service->detail(id).value(QStringLiteral("reportDays")).toList();
        QCOMPARE(days.size(), 1);
        QCOMPARE(days.at(0).toMap().value(QStringLiteral("iso")).toString(),
                 QStringLiteral("2026-11-24"));
        // Not an agreed day: refused in core's words.
        QVERIFY(!m_service->reportDone(id, QStringLiteral("2026-11-26"), 40, {}));
        QCOMPARE(m_service->lastError(),
                 services::problemMessage(services::Problem::DayNotInSeries));
    }
};

QTEST_GUILESS_MAIN(TestServicesService)
#include "tst_servicesservice.moc"
