#pragma once

#include "records.h"

#include "rowlistmodel.h"

namespace gw {

class HoursService;

/// The member's ledger, newest day first, for the history screen (sectioned by month).
/// Corrections are shown honestly: a replaced or removed entry stays, marked as such and
/// pointing at what replaced it; void records themselves are not rows.
class HourHistoryModel
    : public gw::RowListModel // qualified: QML type registration reads it literally
{
    Q_OBJECT
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
    };
    Q_ENUM(Roles)

    explicit HourHistoryModel(HoursService &service, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

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
    QList<Row> m_rows;
};

/// Twelve months, oldest first: done and required minutes, for the bar chart.
class MonthlyHoursModel
    : public gw::RowListModel // qualified: QML type registration reads it literally
{
    Q_OBJECT
    Q_PROPERTY(int maxMinutes READ maxMinutes NOTIFY maxMinutesChanged)
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

signals:
    void maxMinutesChanged();

private:
    struct Row
    {
        QDate month;
        int done = 0;
        int required = 0;
    };
    void reload();
    HoursService &m_service;
    QList<Row> m_rows;
    int m_max = 0;
};

} // namespace gw
