#pragma once

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>

#include "enrolment.h"
#include "syncengine.h"
#include "syncstatus.h"

#include <memory>

class QQmlEngine;
class QTranslator;

namespace gw {

class ActivitiesService;
class ServicesService;
class ServicePostModel;
class SignalsService;
class SignalListModel;
class ServiceNoticeService;
class SignalNoticeService;
class ActivityForm;
class ActivityListModel;
class ActivityWeekModel;
class ActivityAttendanceModel;
class CalendarExport;
class Clock;
class DeviceListModel;
class DevicesService;
class HourEntryForm;
class HourHistoryModel;
class HoursService;
class KeyProvider;
class MemberContext;
class MemberProgressModel;
class MonthlyHoursModel;
class Notifier;
class ReminderService;
class ResidentsFilter;
class DisplaySettings;
class Store;
class StoreKey;

/// One run of the app: owns the store, the clock and the services the screens bind to, and
/// walks the unlock steps (keystore key, or a passphrase the user sets or enters) until the
/// store is open. QML sees it as the `App` singleton; tests build one around a FixedClock and
/// open a store with a known key.
class Session : public QObject
{
    Q_OBJECT
    Q_MOC_INCLUDE("activitiesservice.h")
    Q_MOC_INCLUDE("servicesservice.h")
    Q_MOC_INCLUDE("signalsservice.h")
    Q_MOC_INCLUDE("activityform.h")
    Q_MOC_INCLUDE("activityweekmodel.h")
    Q_MOC_INCLUDE("activityattendancemodel.h")
    Q_MOC_INCLUDE("calendarexport.h")
    Q_MOC_INCLUDE("devicesservice.h")
    Q_MOC_INCLUDE("hourentryform.h")
    Q_MOC_INCLUDE("hourhistorymodel.h")
    Q_MOC_INCLUDE("hoursservice.h")
    Q_MOC_INCLUDE("memberprogressmodel.h")
    Q_MOC_INCLUDE("membercontext.h")
    Q_MOC_INCLUDE("residentsfilter.h")
    Q_MOC_INCLUDE("displaysettings.h")
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool passphraseIsNew READ passphraseIsNew NOTIFY stateChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY stateChanged)
    Q_PROPERTY(QString passphraseError READ passphraseError NOTIFY passphraseErrorChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(bool demo READ isDemo NOTIFY stateChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QString version READ version CONSTANT)
    Q_PROPERTY(bool rightToLeft READ isRightToLeft NOTIFY layoutDirectionChanged)
    /// Text size and movement: the reader's choices and the device's wishes (Settings).
    Q_PROPERTY(gw::DisplaySettings *display READ display CONSTANT)
    /// The languages the picker offers: [{code, name (in that language), rightToLeft}].
    Q_PROPERTY(QVariantList languages READ languages CONSTANT)
    /// First start: the language picker shows before anything else until one is chosen.
    Q_PROPERTY(bool askLanguage READ askLanguage NOTIFY languageChanged)
    /// First start: the three short screens on what counts, until read or skipped.
    Q_PROPERTY(bool introPending READ introPending NOTIFY introPendingChanged)
    /// The month report last written (empty until one was, or after one failed).
    Q_PROPERTY(QStringList lastReportFiles READ lastReportFiles NOTIFY reportChanged)
    Q_PROPERTY(QUrl lastReportFolder READ lastReportFolder NOTIFY reportChanged)
    Q_PROPERTY(gw::HoursService *hours READ hours CONSTANT)
    Q_PROPERTY(gw::HourEntryForm *form READ form CONSTANT)
    Q_PROPERTY(gw::HourHistoryModel *history READ history CONSTANT)
    Q_PROPERTY(gw::MonthlyHoursModel *months READ months CONSTANT)
    Q_PROPERTY(gw::MemberProgressModel *members READ members CONSTANT)
    /// One resident's ledger and months, for the beheerder's resident page (set memberId).
    Q_PROPERTY(gw::HourHistoryModel *residentHistory READ residentHistory CONSTANT)
    Q_PROPERTY(gw::MonthlyHoursModel *residentMonths READ residentMonths CONSTANT)
    /// The beheerder's Residents list: `members` found, narrowed and grouped by corridor.
    Q_PROPERTY(gw::ResidentsFilter *residents READ residents CONSTANT)
    /// Disconnecting a lost phone, and the devices of the resident whose page is open.
    Q_PROPERTY(gw::DevicesService *devices READ devices CONSTANT)
    Q_PROPERTY(gw::DeviceListModel *residentDevices READ residentDevices CONSTANT)
    /// Activities: signing up and off, planning; the programme as this member sees it.
    Q_PROPERTY(gw::ActivitiesService *activities READ activities CONSTANT)
    Q_PROPERTY(gw::ActivityListModel *programme READ programme CONSTANT)
    /// Buurtdiensten: asking, offering, taking up and confirming small help; the Help board.
    Q_PROPERTY(gw::ServicesService *services READ services CONSTANT)
    Q_PROPERTY(gw::ServicePostModel *helpBoard READ helpBoard CONSTANT)
    Q_PROPERTY(gw::SignalsService *signalling READ signalling CONSTANT)
    /// The member's own signals, and the beheerder's inbox.
    Q_PROPERTY(gw::SignalListModel *mySignals READ mySignals CONSTANT)
    Q_PROPERTY(gw::SignalListModel *signalInbox READ signalInbox CONSTANT)
    /// The gangmaker's form for planning or changing an activity, and the week on a desktop.
    Q_PROPERTY(gw::ActivityForm *activityForm READ activityForm CONSTANT)
    Q_PROPERTY(gw::ActivityWeekModel *week READ week CONSTANT)
    /// Attendance over time, for whoever sees who came (beheerders; gangmakers for their corridor).
    Q_PROPERTY(gw::ActivityAttendanceModel *attendance READ attendance CONSTANT)
    /// Activities into one's calendar app (.ics): one's sign-ups; the programme for organisers.
    Q_PROPERTY(gw::CalendarExport *calendar READ calendar CONSTANT)
    /// Null until the store is open (the engine needs the store).
    Q_PROPERTY(gw::sync::SyncEngine *sync READ sync NOTIFY syncChanged)
    /// Who this device acts as and what they may do (the screens offer only that).
    Q_PROPERTY(gw::MemberContext *context READ context CONSTANT)
    /// What the screens say about sync (one calm line, what waits, trouble).
    Q_PROPERTY(gw::sync::SyncStatus *syncStatus READ syncStatus CONSTANT)
    /// The enrol screen's state: what to prefill, what went wrong and what to do next.
    Q_PROPERTY(gw::sync::Enrolment *enrolment READ enrolment CONSTANT)

public:
    enum class State { Unlocking, NeedPassphrase, Ready, Failed };
    Q_ENUM(State)

    static constexpr int kMinPassphraseLength = 8;

    /// @p clock is what "now" means for this session (SystemClock in the app).
    explicit Session(std::unique_ptr<Clock> clock, QObject *parent = nullptr);
    ~Session() override;

    /// The session QML's `App` singleton hands out; set by whoever owns it (main, tests).
    static Session *instance();
    static void setInstance(Session *session);
    /// Remembers the engine that shows this session, so a language change can retranslate it.
    void attachEngine(QQmlEngine *engine);

    /// Starts unlocking the store at @p storePath: a key from @p keys, or a passphrase when
    /// the store uses one or the keystore is unavailable. With @p demo the demo project is
    /// seeded once the store is open.
    void start(KeyProvider *keys, const QString &storePath, bool demo);
    /// Opens the store with a known key and, when it opens, becomes Ready.
    bool openStore(const QString &storePath, const StoreKey &key);
    /// Seeds the demo project (if the store is empty) and re-reads everything.
    void seedDemo();

    /// Sync options for the engine made when the store opens (tests turn automatic sync off).
    void setSyncOptions(const sync::SyncEngine::Options &options) { m_syncOptions = options; }
    /// Enrol with these once the store is open, unless it is enrolled already (`--server
    /// --invite`). With demo, the demo data then comes from the server: nothing is seeded.
    void setAutoEnroll(const QString &server, const QString &inviteCode);

    /// For the beheerder: writes the month report of the period Residents shows (CSV and PDF)
    /// into @p folder (default: Documents/Gangwerk). Returns, in plain words, what was saved
    /// where or what went wrong; on success lastReportFiles and lastReportFolder say where.
    Q_INVOKABLE QString exportMonthReport(const QString &folder = {});
    QStringList lastReportFiles() const { return m_lastReportFiles; }
    QUrl lastReportFolder() const { return m_lastReportFolder; }

    /// Sets (first run) or enters the passphrase. On first run @p confirmation must match.
    Q_INVOKABLE void submitPassphrase(const QString &passphrase, const QString &confirmation);

    State state() const { return m_state; }
    bool passphraseIsNew() const { return m_passphraseIsNew; }
    QString errorText() const { return m_errorText; }
    QString passphraseError() const { return m_passphraseError; }
    bool isBusy() const { return m_busy; }
    bool isDemo() const { return m_demo; }
    /// True when the layout runs right to left (an RTL language, or --rtl).
    bool isRightToLeft() const;
    QString version() const;

    /// A code from app/languages.cpp ("nl", "en", "ar", ...). Setting it from the screens
    /// applies it live (texts, dates, reading direction) and remembers it.
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    /// Applies @p language (for this run only when @p remember is false). False when unknown.
    bool applyLanguage(const QString &language, bool remember);
    /// The language saved in the settings; else the system's, when the app has it; else Dutch.
    static QString savedLanguage();
    /// True once the user picked a language (it is saved in the settings).
    static bool hasSavedLanguage();
    static bool isSupportedLanguage(const QString &language);
    QVariantList languages() const;
    bool askLanguage() const { return m_askLanguage; }
    /// The app's first start asks for the language (main sets it; tests leave it off).
    void setAskLanguage(bool ask);
    bool introPending() const { return m_introPending; }
    /// The first start shows the intro screens (main sets it when they were never finished).
    void setIntroPending(bool pending);
    /// The intro screens were read or skipped: they do not show again.
    Q_INVOKABLE void finishIntro();
    /// True when the intro was finished once on this device.
    static bool introSeen();
    /// Right to left whatever the language (--rtl, for checking layouts).
    void setForceRightToLeft(bool force);

    DisplaySettings *display() const { return m_display.get(); }
    HoursService *hours() const { return m_hours.get(); }
    HourEntryForm *form() const { return m_form.get(); }
    HourHistoryModel *history() const { return m_history.get(); }
    MonthlyHoursModel *months() const { return m_months.get(); }
    MemberProgressModel *members() const { return m_members.get(); }
    ResidentsFilter *residents() const { return m_residents.get(); }
    HourHistoryModel *residentHistory() const { return m_residentHistory.get(); }
    MonthlyHoursModel *residentMonths() const { return m_residentMonths.get(); }
    DevicesService *devices() const { return m_devices.get(); }
    DeviceListModel *residentDevices() const { return m_residentDevices.get(); }
    ActivitiesService *activities() const { return m_activities.get(); }
    ActivityListModel *programme() const { return m_programme.get(); }
    ServicesService *services() const { return m_services.get(); }
    ServicePostModel *helpBoard() const { return m_helpBoard.get(); }
    SignalsService *signalling() const { return m_signals.get(); }
    SignalListModel *mySignals() const { return m_mySignals.get(); }
    SignalListModel *signalInbox() const { return m_signalInbox.get(); }
    /// Reminders of what this member signed up for, shown through the desktop's notifications.
    ReminderService *reminders() const { return m_reminders.get(); }
    Notifier *notifier() const { return m_notifier.get(); }
    ActivityForm *activityForm() const { return m_activityForm.get(); }
    ActivityWeekModel *week() const { return m_week.get(); }
    ActivityAttendanceModel *attendance() const { return m_attendance.get(); }
    CalendarExport *calendar() const { return m_calendar.get(); }
    sync::SyncEngine *sync() const { return m_sync.get(); }
    MemberContext *context() const { return m_context.get(); }
    sync::SyncStatus *syncStatus() const { return m_syncStatus.get(); }
    sync::Enrolment *enrolment() const { return m_enrolment.get(); }
    Store &store() const { return *m_store; }
    const Clock &clock() const { return *m_clock; }

    /// The small, non-secret file beside a store that says "this store uses a passphrase".
    static QString passphraseMarkerFor(const QString &storePath);

signals:
    void stateChanged();
    void passphraseErrorChanged();
    void busyChanged();
    void languageChanged();
    void layoutDirectionChanged();
    void syncChanged();
    void introPendingChanged();
    void reportChanged();

private:
    void setState(State s);
    void fail(const QString &message, const QString &detail);
    void setPassphraseError(const QString &message);
    void setBusy(bool busy);
    void openWithPassphrase(const QString &passphrase);
    /// The store is open: seed the demo if asked, start sync, become Ready.
    void afterOpen();
    void startSync();

    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<MemberContext> m_context;
    std::unique_ptr<HoursService> m_hours;
    std::unique_ptr<HourEntryForm> m_form;
    std::unique_ptr<HourHistoryModel> m_history;
    std::unique_ptr<MonthlyHoursModel> m_months;
    std::unique_ptr<MemberProgressModel> m_members;
    std::unique_ptr<ResidentsFilter> m_residents;
    std::unique_ptr<HourHistoryModel> m_residentHistory;
    std::unique_ptr<MonthlyHoursModel> m_residentMonths;
    std::unique_ptr<DevicesService> m_devices;
    std::unique_ptr<DeviceListModel> m_residentDevices;
    std::unique_ptr<ActivitiesService> m_activities;
    std::unique_ptr<ActivityListModel> m_programme;
    std::unique_ptr<ServicesService> m_services;
    std::unique_ptr<ServicePostModel> m_helpBoard;
    std::unique_ptr<SignalsService> m_signals;
    std::unique_ptr<SignalListModel> m_mySignals;
    std::unique_ptr<SignalListModel> m_signalInbox;
    std::unique_ptr<ServiceNoticeService> m_serviceNotices;
    std::unique_ptr<SignalNoticeService> m_signalNotices;
    std::unique_ptr<Notifier> m_notifier;
    std::unique_ptr<ReminderService> m_reminders;
    std::unique_ptr<ActivityForm> m_activityForm;
    std::unique_ptr<ActivityWeekModel> m_week;
    std::unique_ptr<ActivityAttendanceModel> m_attendance;
    std::unique_ptr<CalendarExport> m_calendar;
    std::unique_ptr<sync::SyncEngine> m_sync;
    sync::SyncEngine::Options m_syncOptions;
    std::unique_ptr<sync::SyncStatus> m_syncStatus;
    std::unique_ptr<sync::Enrolment> m_enrolment;
    std::unique_ptr<QTranslator> m_translator;
    std::unique_ptr<DisplaySettings> m_display;
    QPointer<QQmlEngine> m_engine;
    QPointer<KeyProvider> m_keys;

    State m_state = State::Unlocking;
    QString m_storePath;
    QString m_errorText;
    QString m_passphraseError;
    QString m_language;
    QStringList m_lastReportFiles;
    QUrl m_lastReportFolder;
    bool m_askLanguage = false;
    bool m_introPending = false;
    bool m_forceRightToLeft = false;
    bool m_passphraseIsNew = false;
    bool m_busy = false;
    bool m_demo = false;
    QString m_autoServer;
    QString m_autoInvite;
};

} // namespace gw
