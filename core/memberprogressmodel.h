#pragma once

#include "records.h"

#include "rowlistmodel.h"

namespace gw {

class HoursService;
class Store;

/// One resident's line in the month report for the housing provider.
struct ReportLine
{
    QString gang;
    QString name;
    int doneMinutes = 0;
    int requiredMinutes = 0;
    QDate pausedUntil; // invalid when not paused
};

/// For the beheerder: every member of the project with this period's hours against what their
/// terms ask (pro-rated for move-in, zero while paused). Neutral words only: the overview is
/// for starting a conversation, not for ranking people.
class MemberProgressModel
    : public gw::RowListModel // qualified: QML type registration reads it literally
{
    Q_OBJECT
    /// 0: this period (so far); -1: the period before (whole). One tap away on the screen.
    Q_PROPERTY(int periodOffset READ periodOffset WRITE setPeriodOffset NOTIFY periodChanged)
    /// "november 2026" or "week 47", for the period shown.
    Q_PROPERTY(QString periodLabel READ periodLabel NOTIFY periodChanged)
    /// Counts for the top of the screen.
    Q_PROPERTY(int behindCount READ behindCount NOTIFY countsChanged)
    Q_PROPERTY(int pausedCount READ pausedCount NOTIFY countsChanged)
    /// The names of those behind, in name order (never ranked), for the beheerder's Home.
    Q_PROPERTY(QStringList behindNames READ behindNames NOTIFY countsChanged)
    /// After how many days without a sync a connected resident counts as quiet (a lost phone,
    /// or someone not doing well): 3, 7 (the default), 14 or 30.
    Q_PROPERTY(int quietDays READ quietDays WRITE setQuietDays NOTIFY countsChanged)
    Q_PROPERTY(int quietCount READ quietCount NOTIFY countsChanged)
    Q_PROPERTY(int notConnectedCount READ notConnectedCount NOTIFY countsChanged)
public:
    enum Roles {
        MemberIdRole = Qt::UserRole + 1,
        NameRole,
        RoleNameRole, // "RESIDENT" | "GANGMAKER" | "BEHEERDER"
        DoneMinutesRole,
        RequiredMinutesRole,
        DoneTextRole, // "8 h of 10 h"
        PausedRole,
        PausedUntilTextRole,
        PausedUntilIsoRole, // "2026-12-31" or ""
        GangRole,           // the corridor, "" when none
        BehindRole,         // hours::isBehind against what was asked so far
        AskedSoFarRole,     // minutes asked up to today (all of a past period)
        StudioRole,         // "2.14", "" when unknown
        ConnectedRole,      // at least one connected device
        QuietRole,          // connected, but no device synced in the last quietDays days
        LastSyncTextRole,   // "today", "9 days ago", "never"; "" when not connected
    };
    Q_ENUM(Roles)

    MemberProgressModel(Store &store, HoursService &service, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Re-reads members and totals (the service's signals call it; sync calls it after a pull).
    Q_INVOKABLE void reload();

    int periodOffset() const { return m_periodOffset; }
    void setPeriodOffset(int offset);
    QString periodLabel() const { return m_periodLabel; }
    int behindCount() const;
    int pausedCount() const;
    QStringList behindNames() const;
    int quietDays() const { return m_quietDays; }
    void setQuietDays(int days);
    int quietCount() const;
    int notConnectedCount() const;
    /// The period shown, one line per resident by corridor, then name (natural order): what the
    /// month report holds.
    QList<ReportLine> reportLines() const;
    /// A resident's pauses, newest first, for their page: [{period, reason, current}], the
    /// period in words ("1 november – 31 december 2026"), the reason only where this device
    /// holds it (the beheerder's).
    Q_INVOKABLE QVariantList pausesOf(const QString &memberId) const;

signals:
    void periodChanged();
    void countsChanged();

private:
    struct Row
    {
        Member member;
        int done = 0;
        int required = 0;
        int askedSoFar = 0;
        bool paused = false;
        QDate pausedUntil; // the end of the pause covering today
        int connected = 0; // devices
        QDate lastSync;    // the newest day a connected device synced
    };
    bool isQuiet(const Row &r) const;
    Store &m_store;
    HoursService &m_service;
    QList<Row> m_rows;
    int m_periodOffset = 0;
    int m_quietDays = 7; // kDefaultQuietDays
    QDate m_today;
    QString m_periodLabel;
};

} // namespace gw
