#include "session.h"

#include "displaysettings.h"
#include "languages.h"
#include "monthreport.h"
#include "permissions.h"
#include "reminderservice.h"
#include "residentsfilter.h"

#include "grpcchannel.h"

#include "activitiesservice.h"
#include "activityattendancemodel.h"
#include "activityform.h"
#include "activityweekmodel.h"
#include "calendarexport.h"
#include "clientschema.h"
#include "clock.h"
#include "dbusnotifier.h"
#include "demodata.h"
#include "devicesservice.h"
#include "hourentryform.h"
#include "hourhistorymodel.h"
#include "hoursservice.h"
#include "keyprovider.h"
#include "memberprogressmodel.h"
#include "paths.h"
#include "projectrepository.h"
#include "servicenoticeservice.h"
#include "servicesservice.h"
#include "signalsservice.h"
#include "store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QQmlEngine>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTimer>
#include <QTranslator>
#include <QUrl>

Q_LOGGING_CATEGORY(lcSession, "gangwerk.session")

namespace gw {

namespace {
Session *s_instance = nullptr;
const auto kLanguageKey = QStringLiteral("language");
const auto kIntroSeenKey = QStringLiteral("intro_seen");

void removeStoreFiles(const QString &storePath)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(storePath + QLatin1String(suffix));
    QFile::remove(Session::passphraseMarkerFor(storePath));
    QFile::remove(storePath + QStringLiteral(".demo"));
}

// Only a store the demo itself made is ever thrown away, never one passed in by --data-dir.
bool isDemoStore(const QString &storePath)
{
    return QFileInfo::exists(storePath + QStringLiteral(".demo"));
}
} // namespace

Session::Session(std::unique_ptr<Clock> clock, QObject *parent)
    : QObject(parent), m_clock(std::move(clock)), m_store(std::make_unique<Store>())
{
    // The services exist before the store opens, so the screens always have objects to bind
    // to; they re-read everything once the store is open.
    m_context = std::make_unique<MemberContext>(*m_store, *m_clock);
    m_hours = std::make_unique<HoursService>(*m_context);
    m_form = std::make_unique<HourEntryForm>(*m_hours);
    m_history = std::make_unique<HourHistoryModel>(*m_hours);
    m_months = std::make_unique<MonthlyHoursModel>(*m_hours);
    m_members = std::make_unique<MemberProgressModel>(*m_store, *m_hours);
    m_residents = std::make_unique<ResidentsFilter>();
    m_display = std::make_unique<DisplaySettings>();
    m_residents->setSourceModel(m_members.get());
    m_residentHistory = std::make_unique<HourHistoryModel>(*m_hours);
    m_residentMonths = std::make_unique<MonthlyHoursModel>(*m_hours);
    m_devices = std::make_unique<DevicesService>(*m_context);
    m_residentDevices = std::make_unique<DeviceListModel>(*m_devices);
    m_activities = std::make_unique<ActivitiesService>(*m_context);
    m_programme = std::make_unique<ActivityListModel>(*m_activities);
    m_services = std::make_unique<ServicesService>(*m_context);
    m_helpBoard = std::make_unique<ServicePostModel>(*m_services);
    m_signals = std::make_unique<SignalsService>(*m_context);
    m_mySignals = std::make_unique<SignalListModel>(*m_signals);
    m_signalInbox = std::make_unique<SignalListModel>(*m_signals);
    m_signalInbox->setFilter(QStringLiteral("inbox"));
    // Reminders look whenever the activities change: at start (the context's first reload),
    // after every pull and after a change made here. The desktop's notification service shows
    // them; Android and iOS bring their own Notifier later.
    m_notifier = std::make_unique<DBusNotifier>();
    m_reminders = std::make_unique<ReminderService>(*m_activities, *m_notifier);
    // Buurtdiensten tell their news the same way (taken, to confirm, counted, a message…).
    m_serviceNotices = std::make_unique<ServiceNoticeService>(*m_services, *m_notifier);
    // Signals too: a new signal for today, an answer, a knock on a door (words only).
    m_signalNotices = std::make_unique<SignalNoticeService>(*m_signals, *m_notifier);
    m_activityForm = std::make_unique<ActivityForm>(*m_activities);
    m_week = std::make_unique<ActivityWeekModel>(*m_activities);
    m_attendance = std::make_unique<ActivityAttendanceModel>(*m_activities);
    m_calendar = std::make_unique<CalendarExport>(*m_activities);
    // A disconnected phone changes the Residents counts ("not connected").
    connect(m_devices.get(), &DevicesService::devicesChanged, m_members.get(),
            &MemberProgressModel::reload);
    m_syncStatus = std::make_unique<sync::SyncStatus>(*m_clock);
    m_enrolment = std::make_unique<sync::Enrolment>();
    if (auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        connect(app, &QGuiApplication::layoutDirectionChanged, this,
                &Session::layoutDirectionChanged);
    for (QObject *o : std::initializer_list<QObject *>{
             m_context.get(),    m_hours.get(),           m_form.get(),
             m_history.get(),    m_months.get(),          m_members.get(),
             m_residents.get(),  m_residentHistory.get(), m_residentMonths.get(),
             m_devices.get(),    m_residentDevices.get(), m_activities.get(),
             m_programme.get(),  m_activityForm.get(),    m_week.get(),
             m_attendance.get(), m_calendar.get(),        m_services.get(),
             m_helpBoard.get(),  m_syncStatus.get(),      m_enrolment.get(),
             m_signals.get(),    m_mySignals.get(),       m_signalInbox.get()})
        QQmlEngine::setObjectOwnership(o, QQmlEngine::CppOwnership);
}

Session::~Session()
{
    if (s_instance == this)
        s_instance = nullptr;
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    // Models and the form refer to the service, the service to the store: tear down in order.
    m_enrolment->setEngine(nullptr);
    m_syncStatus->setEngine(nullptr);
    m_sync.reset();
    m_reminders.reset();
    m_serviceNotices.reset();
    m_signalNotices.reset();
    m_notifier.reset();
    m_attendance.reset();
    m_week.reset();
    m_activityForm.reset();
    m_calendar.reset();
    m_programme.reset();
    m_signalInbox.reset();
    m_mySignals.reset();
    m_signals.reset();
    m_helpBoard.reset();
    m_services.reset();
    m_activities.reset();
    m_residentDevices.reset();
    m_devices.reset();
    m_residentMonths.reset();
    m_residentHistory.reset();
    m_residents.reset();
    m_members.reset();
    m_months.reset();
    m_history.reset();
    m_form.reset();
    m_hours.reset();
    m_context.reset();
    m_store.reset();
}

Session *Session::instance()
{
    return s_instance;
}
void Session::setInstance(Session *session)
{
    s_instance = session;
}

void Session::attachEngine(QQmlEngine *engine)
{
    m_engine = engine;
}

bool Session::isRightToLeft() const
{
    return QGuiApplication::layoutDirection() == Qt::RightToLeft;
}

QString Session::version() const
{
    return QCoreApplication::applicationVersion();
}

QString Session::passphraseMarkerFor(const QString &storePath)
{
    return storePath + QStringLiteral(".passphrase");
}

void Session::start(KeyProvider *keys, const QString &storePath, bool demo)
{
    m_keys = keys;
    m_storePath = storePath;
    m_demo = demo;
    m_syncStatus->setDemo(demo);
    setState(State::Unlocking);

    const QString dir = QFileInfo(storePath).absolutePath();
    if (!QDir().mkpath(dir)) {
        fail(tr("Gangwerk cannot create the folder for your data. Check free space."),
             QStringLiteral("mkpath failed"));
        return;
    }
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    const bool exists = QFileInfo::exists(storePath);
    if (exists && QFileInfo::exists(passphraseMarkerFor(storePath))) {
        m_passphraseIsNew = false;
        setState(State::NeedPassphrase);
        return;
    }

    // Each answer belongs to this request only.
    keys->disconnect(this);
    connect(keys, &KeyProvider::keyReady, this, [this](const QByteArray &key) {
        m_keys->disconnect(this);
        openStore(m_storePath, StoreKey::raw(key));
    });
    connect(keys, &KeyProvider::keyMissing, this, [this] {
        m_keys->disconnect(this);
        if (isDemoStore(m_storePath)) {
            // Demo data is disposable: a demo store whose key is gone is made anew.
            qCInfo(lcSession) << "demo store key missing: starting a fresh demo store";
            removeStoreFiles(m_storePath);
            start(m_keys, m_storePath, true);
            return;
        }
        fail(tr("The key to your data is not on this computer any more, so Gangwerk cannot "
                "open it. Your data was not changed. Ask your beheerder for help."),
             QStringLiteral("store exists but the keystore has no key for it"));
    });
    connect(keys, &KeyProvider::unavailable, this, [this, exists](const QString &detail) {
        m_keys->disconnect(this);
        qCInfo(lcSession) << "keystore unavailable:" << detail;
        if (exists && isDemoStore(m_storePath)) {
            removeStoreFiles(m_storePath);
        } else if (exists) {
            // This store is locked with a keystore key; a passphrase cannot open it.
            fail(tr("Your data is locked with this computer's keyring, but the keyring cannot "
                    "be reached now. Log out and in again, then open Gangwerk again. Your data "
                    "was not changed."),
                 detail);
            return;
        }
        m_passphraseIsNew = true;
        setState(State::NeedPassphrase);
    });
    keys->requestKey(Paths::keyAccountFor(storePath), !exists);
}

bool Session::openStore(const QString &storePath, const StoreKey &key)
{
    m_storePath = storePath;
    const Store::OpenResult result = m_store->open(storePath, key, clientSchema());
    if (!result.ok()) {
        fail(result.message, result.detail);
        return false;
    }
    afterOpen();
    return true;
}

void Session::afterOpen()
{
    if (m_demo && m_autoServer.isEmpty()) {
        seedDemo();
    } else if (m_demo && !m_storePath.isEmpty()) {
        // The demo's data comes from the demo server; the store is still disposable.
        QSaveFile marker(m_storePath + QStringLiteral(".demo"));
        if (marker.open(QIODevice::WriteOnly)) {
            marker.write("This Gangwerk store holds demo data only.\n");
            marker.commit();
        }
    }
    // What time made this device forget while the app was closed (a closed signal's retention),
    // before anything shows it.
    try {
        Transaction tx(*m_store);
        sweepDevice(*m_store, m_clock->now().toUTC());
        tx.commit();
    } catch (const StoreError &e) {
        qCWarning(lcSession) << "forgetting on time failed:" << e.what();
    }
    m_hours->reload();
    m_form->clear();
    startSync();
    setState(State::Ready);
}

void Session::startSync()
{
    if (m_sync)
        return;
    m_sync = std::make_unique<sync::SyncEngine>(*m_store, *m_clock, m_syncOptions);
    QQmlEngine::setObjectOwnership(m_sync.get(), QQmlEngine::CppOwnership);
    QQmlEngine::setObjectOwnership(m_sync->rejections(), QQmlEngine::CppOwnership);
    sync::SyncEngine *engine = m_sync.get();
    // What the engine's author asks for: local writes wake the engine, pulled data is re-read.
    connect(m_hours.get(), &HoursService::queuedForSync, engine, &sync::SyncEngine::scheduleSync);
    connect(m_devices.get(), &DevicesService::queuedForSync, engine,
            &sync::SyncEngine::scheduleSync);
    connect(m_activities.get(), &ActivitiesService::queuedForSync, engine,
            &sync::SyncEngine::scheduleSync);
    connect(m_services.get(), &ServicesService::queuedForSync, engine,
            &sync::SyncEngine::scheduleSync);
    connect(m_signals.get(), &SignalsService::queuedForSync, engine,
            &sync::SyncEngine::scheduleSync);
    connect(engine, &sync::SyncEngine::dataChanged, this, [this] {
        m_hours->reload();
        m_members->reload();
        m_residentDevices->reload();
    });
    m_syncStatus->setEngine(engine);
    m_enrolment->setEngine(engine);
    emit syncChanged();
    engine->start();
    if (!m_autoServer.isEmpty() && !engine->isEnrolled() && !m_hours->isReady())
        m_enrolment->enroll(m_autoServer, m_autoInvite, QString(), QString());
}

void Session::setAutoEnroll(const QString &server, const QString &inviteCode)
{
    m_autoServer = server;
    m_autoInvite = inviteCode;
    m_enrolment->setServer(server);
}

void Session::seedDemo()
{
    m_demo = true;
    m_syncStatus->setDemo(true);
    try {
        const QDate today = hours::localDate(m_clock->now(), QTimeZone("Europe/Amsterdam"));
        if (gw::seedDemo(*m_store, today) && !m_storePath.isEmpty()) {
            QSaveFile marker(m_storePath + QStringLiteral(".demo"));
            if (marker.open(QIODevice::WriteOnly)) {
                marker.write("This Gangwerk store holds demo data only.\n");
                marker.commit();
            }
        }
    } catch (const StoreError &e) {
        qCWarning(lcSession) << "demo seed failed:" << e.what();
    }
    m_hours->reload();
    m_form->clear();
    emit stateChanged();
}

void Session::submitPassphrase(const QString &passphrase, const QString &confirmation)
{
    if (m_state != State::NeedPassphrase || m_busy)
        return;
    if (passphrase.size() < kMinPassphraseLength) {
        setPassphraseError(tr("Use at least %n characters.", nullptr, kMinPassphraseLength));
        return;
    }
    if (m_passphraseIsNew && passphrase != confirmation) {
        setPassphraseError(tr("The two passphrases are not the same. Type them again."));
        return;
    }
    setPassphraseError({});
    setBusy(true);
    // The key derivation takes a moment: let the screen show that we are busy first.
    QTimer::singleShot(50, this, [this, passphrase] { openWithPassphrase(passphrase); });
}

void Session::openWithPassphrase(const QString &passphrase)
{
    const Store::OpenResult result =
        m_store->open(m_storePath, StoreKey::passphrase(passphrase), clientSchema());
    setBusy(false);
    if (result.status == Store::OpenStatus::WrongKey && !m_passphraseIsNew) {
        qCInfo(lcSession) << "passphrase did not open the store";
        setPassphraseError(tr("That passphrase is not right. Try again."));
        return;
    }
    if (!result.ok()) {
        fail(result.message, result.detail);
        return;
    }
    if (m_passphraseIsNew) {
        // Not a secret: it only says that this store asks for a passphrase.
        QSaveFile marker(passphraseMarkerFor(m_storePath));
        if (marker.open(QIODevice::WriteOnly)) {
            marker.write("This Gangwerk store is protected with a passphrase.\n");
            marker.commit();
        }
    }
    afterOpen();
}

void Session::setState(State s)
{
    if (s == m_state)
        return;
    m_state = s;
    emit stateChanged();
}

void Session::fail(const QString &message, const QString &detail)
{
    qCWarning(lcSession) << "cannot open the store:" << detail;
    m_errorText = message;
    m_state = State::Failed;
    emit stateChanged();
}

void Session::setPassphraseError(const QString &message)
{
    if (message == m_passphraseError)
        return;
    m_passphraseError = message;
    emit passphraseErrorChanged();
}

void Session::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged();
}

bool Session::isSupportedLanguage(const QString &language)
{
    return findLanguage(language) != nullptr;
}

bool Session::hasSavedLanguage()
{
    return isSupportedLanguage(QSettings().value(kLanguageKey).toString());
}

QString Session::savedLanguage()
{
    const QString saved = QSettings().value(kLanguageKey).toString();
    if (isSupportedLanguage(saved))
        return saved;
    const QString system = QLocale::languageToCode(QLocale::system().language());
    return isSupportedLanguage(system) ? system : QStringLiteral("nl");
}

QVariantList Session::languages() const
{
    return languageList();
}

void Session::setAskLanguage(bool ask)
{
    if (ask == m_askLanguage)
        return;
    m_askLanguage = ask;
    emit languageChanged();
}

void Session::setIntroPending(bool pending)
{
    if (pending == m_introPending)
        return;
    m_introPending = pending;
    emit introPendingChanged();
}

bool Session::introSeen()
{
    return QSettings().value(kIntroSeenKey).toBool();
}

void Session::finishIntro()
{
    QSettings().setValue(kIntroSeenKey, true);
    setIntroPending(false);
}

QString Session::exportMonthReport(const QString &folder)
{
    m_lastReportFiles.clear();
    m_lastReportFolder.clear();
    emit reportChanged();
    // Everyone's hours leave the app here: only for who may read them (the same table the
    // server enforces).
    if (!m_context->may(Action::ReadAllHours))
        return deniedMessage(Action::ReadAllHours);
    const QString target =
        folder.isEmpty() ? QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                               .filePath(QStringLiteral("Gangwerk"))
                         : folder;
    const MonthReport report{m_hours->projectName(), m_members->periodLabel(),
                             m_members->reportLines()};
    QString error;
    const QStringList paths = writeMonthReport(report, target, &error);
    if (paths.isEmpty()) {
        qCWarning(lcSession) << "month report not written to" << target << ":" << error;
        return error;
    }
    m_lastReportFiles = paths;
    m_lastReportFolder = QUrl::fromLocalFile(target);
    emit reportChanged();
    return tr("Saved in %1: the report as a spreadsheet (CSV) and to print (PDF).")
        .arg(QDir::toNativeSeparators(target));
}

void Session::setForceRightToLeft(bool force)
{
    m_forceRightToLeft = force;
    const Language *current = findLanguage(m_language);
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return;
    QGuiApplication::setLayoutDirection(
        force || (current && current->rightToLeft) ? Qt::RightToLeft : Qt::LeftToRight);
}

void Session::setLanguage(const QString &language)
{
    applyLanguage(language, true);
}

bool Session::applyLanguage(const QString &language, bool remember)
{
    const Language *chosen = findLanguage(language);
    if (!chosen)
        return false;
    if (remember) {
        QSettings().setValue(kLanguageKey, language);
        setAskLanguage(false);
    }
    if (language == m_language)
        return true;

    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(QStringLiteral(":/i18n/gangwerk_%1.qm").arg(language)))
        qCWarning(lcSession) << "no translation for" << language;
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator = std::move(translator);
    QCoreApplication::installTranslator(m_translator.get());
    // Dates and numbers follow the language too ("maandag 16 november"), and so does the
    // reading direction (Arabic runs right to left).
    QLocale::setDefault(QLocale(chosen->locale, chosen->territory));
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        QGuiApplication::setLayoutDirection(
            m_forceRightToLeft || chosen->rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    }
    m_language = language;
    if (m_engine) {
        m_engine->setUiLanguage(language);
        m_engine->retranslate();
    }
    // Texts made in C++ (period label, history, chart) are re-read in the new language, and
    // names are ordered in its alphabet.
    m_residents->relocalize();
    m_hours->reload();
    emit languageChanged();
    emit m_syncStatus->changed();
    return true;
}

} // namespace gw
