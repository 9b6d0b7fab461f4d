#pragma once

#include "records.h"

#include "rowlistmodel.h"

namespace gw {

class HoursService;

/// A member's ledger (this device's member, or `memberId` on the beheerder's resident page),
/// newest day first, for the history screen (sectioned by month).
/// Corrections are shown honestly: a replaced or removed entry stays, marked as such and
/// pointing at what replaced it; void records themselves are not rows.
class HourHistoryModel
    : public gw::RowListModel // qualified: QML type registration reads it literally
{
    Q_OBJECT
    /// Whose ledger: "" for this device's member.
    Q_PROPERTY(QString memberId READ memberId WRITE setMemberId NOTIFY memberChanged)
public:
    enum Roles {
        EntryIdRole = Qt::UserRole + 1,
        DayTextRole,
        MonthTextRole,
        MinutesRole,
        DurationTextRole,
        CategoryRole,
        CategoryTextRole,
        NoteRole,
        StateRole, // "active" | "replaced" | "removed"
        IsCorrectionRole,
        StateTextRole,     // "Changed to 1 h 30 min" | "Removed on 3 November" | ""
        PendingRole,       // stored here, not yet confirmed by the server
        RejectedRole,      // the server refused it: it does not count
        RejectionTextRole, // the server's reason in plain words, "" unless rejected
        ActivityIdRole,    // the activity an entry was credited for coming to; "" otherwise
    };
    Q_ENUM(Roles)

    explicit HourHistoryModel(HoursService &service, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    QString memberId() const { return m_memberId; }
    void setMemberId(const QString &memberId);

signals:
    void memberChanged();

private:
    struct Row
    {
        HourEntry entry;
        QString state;
        QString stateText;
        bool pending = false;
        bool rejected = false;
        QString rejectionText;
    };
    void reload();
    HoursService &m_service;
    QString m_memberId;
    QList<Row> m_rows;
};

/// Twelve months, oldest first: done and required minutes, for the bar chart.
class MonthlyHoursModel
    : public gw::RowListModel // qualified: QML type registration reads it literally
{
    Q_OBJECT
    Q_PROPERTY(int maxMinutes READ maxMinutes NOTIFY maxMinutesChanged)
    /// Each month in words, oldest first, as the rows ("november 2026: 2 h of 10 h"); renewed
    /// on every change, so a line bound to it never goes stale.
    Q_PROPERTY(QStringList summaries READ summaries NOTIFY summariesChanged)
    /// Whose months: "" for this device's member.
    Q_PROPERTY(QString memberId READ memberId WRITE setMemberId NOTIFY memberChanged)
public:
    enum Roles {
        MonthShortRole = Qt::UserRole + 1,
        MonthLongRole,
        DoneMinutesRole,
        RequiredMinutesRole,
        IsCurrentRole,
        SummaryRole, // "november 2026: 8 h of 10 h" for screen readers
    };
    Q_ENUM(Roles)

    explicit MonthlyHoursModel(HoursService &service, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int maxMinutes() const { return m_max; }
    QStringList summaries() const;
    QString memberId() const { return m_memberId; }
    void setMemberId(const QString &memberId);

signals:
    void maxMinutesChanged();
    void memberChanged();
    void summariesChanged();

private:
    struct Row
    {
        QDate month;
        int done = 0;
        int required = 0;
    };
    void reload();
    HoursService &m_service;
    QString m_memberId;
    QList<Row> m_rows;
    int m_max = 0;
};

} // namespace gw
