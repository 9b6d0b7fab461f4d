#pragma once

#include "activitiesservice.h"
#include "clientschema.h"
#include "clock.h"
#include "hoursservice.h"
#include "store.h"

#include "syncengine.h"
#include <QFile>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

/// One device in a client test: its own encrypted store (random key), clock, HoursService and
/// SyncEngine with automatic sync off, so that the test decides when a round runs.
class ClientDevice
{
public:
    explicit ClientDevice(const QString &name, gw::sync::SyncEngine::Options options = manual())
        : m_name(name), m_options(options)
    {
        m_path = m_dir.filePath(name + QStringLiteral(".db"));
        m_key = QByteArray(32, '\0');
        for (char &c : m_key)
            c = char(QRandomGenerator::global()->bounded(256));
        if (!reopen())
            qFatal("store %s would not open", qPrintable(m_path));
    }

    /// Lets go of the store (as the app does when it quits), so that another process may use it.
    void close()
    {
        engine.reset();
        activities.reset();
        hours.reset();
        context.reset();
        store.close();
    }

    /// Opens the store again (after close(), or after another process used it) with fresh
    /// services and engine: what the app does when it starts.
    bool reopen()
    {
        close();
        const auto res = store.open(m_path, gw::StoreKey::raw(m_key), gw::clientSchema());
        if (!res.ok()) {
            qWarning("store: %s", qPrintable(res.detail));
            return false;
        }
        const gw::sync::SyncEngine::Options options = m_options;
        context = std::make_unique<gw::MemberContext>(store, clock);
        hours = std::make_unique<gw::HoursService>(*context);
        activities = std::make_unique<gw::ActivitiesService>(*context);
        engine = std::make_unique<gw::sync::SyncEngine>(store, clock, options);
        QObject::connect(engine.get(), &gw::sync::SyncEngine::dataChanged, hours.get(),
                         &gw::HoursService::reload);
        QObject::connect(hours.get(), &gw::HoursService::queuedForSync, engine.get(),
                         &gw::sync::SyncEngine::scheduleSync);
        QObject::connect(activities.get(), &gw::ActivitiesService::queuedForSync, engine.get(),
                         &gw::sync::SyncEngine::scheduleSync);
        return true;
    }

    static gw::sync::SyncEngine::Options manual()
    {
        gw::sync::SyncEngine::Options o;
        o.automatic = false;
        o.callDeadline = std::chrono::milliseconds(10000);
        return o;
    }

    bool enroll(const QString &url, const QString &code, const QString &displayName = {})
    {
        QSignalSpy spy(engine.get(), &gw::sync::SyncEngine::enrollFinished);
        engine->enroll(url, code, m_name + QStringLiteral("'s phone"),
                       displayName.isEmpty() ? m_name : displayName);
        if (!spy.wait(15000))
            return false;
        if (!spy.first().at(0).toBool())
            qWarning("enrol failed: %s", qPrintable(spy.first().at(2).toString()));
        return spy.first().at(0).toBool();
    }

    /// One sync round; true when it ended well.
    bool sync(int timeoutMs = 60000)
    {
        QSignalSpy spy(engine.get(), &gw::sync::SyncEngine::syncFinished);
        engine->syncNow();
        if (spy.isEmpty() && !spy.wait(timeoutMs))
            return false;
        return spy.first().at(0).toBool();
    }

    /// Logs @p minutes on the day @p daysAgo before this device's today.
    bool log(int daysAgo, int minutes, const QString &note = {},
             const QString &category = QStringLiteral("anders"))
    {
        return hours->log({hours->today().addDays(-daysAgo), minutes, category, note});
    }

    /// Every value of every table of the unlocked store, as bytes: what anyone who has the
    /// device and its key could read (for "this never reached that device").
    QByteArray dump() const
    {
        QByteArray out;
        QStringList tables;
        gw::Statement t(store, "SELECT name FROM sqlite_master WHERE type = 'table'");
        while (t.next())
            tables << t.text(0);
        for (const QString &table : tables) {
            QStringList columns;
            gw::Statement info(store, QStringLiteral("PRAGMA table_info(%1)").arg(table).toUtf8());
            while (info.next())
                columns << info.text(1);
            for (const QString &column : columns) {
                gw::Statement v(store,
                                QStringLiteral("SELECT %1 FROM %2").arg(column, table).toUtf8());
                while (v.next())
                    out += v.blob(0) + '\n';
            }
        }
        return out;
    }
    QString name() const { return m_name; }
    /// The store file as it lies on disk (encrypted).
    QByteArray fileBytes() const
    {
        QFile f(m_path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    int count(const QString &sql) const
    {
        gw::Statement s(store, sql.toUtf8());
        s.next();
        return s.integer(0);
    }
    QStringList ids(const QString &sql) const
    {
        gw::Statement s(store, sql.toUtf8());
        QStringList out;
        while (s.next())
            out.append(s.text(0));
        out.sort();
        return out;
    }
    QString memberId() const { return hours->memberId(); }
    QString path() const { return m_path; }
    QByteArray key() const { return m_key; }
    gw::sync::SyncEngine::Options options() const { return m_options; }

    QTemporaryDir m_dir;
    QString m_name;
    gw::sync::SyncEngine::Options m_options;
    QString m_path;
    QByteArray m_key;
    gw::Store store;
    /// Real time, shifted by whole days (a device whose change waited long to sync).
    struct DeviceClock : gw::Clock
    {
        qint64 offsetDays = 0;
        QDateTime now() const override
        {
            return QDateTime::currentDateTimeUtc().addDays(offsetDays);
        }
    } clock;
    std::unique_ptr<gw::MemberContext> context;
    std::unique_ptr<gw::HoursService> hours;
    std::unique_ptr<gw::ActivitiesService> activities;
    std::unique_ptr<gw::sync::SyncEngine> engine;
};
