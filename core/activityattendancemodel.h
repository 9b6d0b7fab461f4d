#pragma once

#include "records.h"
#include "rowlistmodel.h"

#include <QDate>
#include <QSet>

namespace gw {

class ActivitiesService;

namespace activities {

/// What one month of activities came to, for those who see who came.
struct MonthAttendance
{
    QDate month;           // the first day of the month, in the project's time zone
    int held = 0;          // activities that took place (attendance taken)
    int cancelled = 0;     // activities cancelled
    int signedUp = 0;      // confirmed places at the activities held (a pair is two)
    int came = 0;          // people marked present at them
    QSet<QString> reached; // members who came to at least one
};

/// Attendance per month for the @p months months up to and including @p lastMonth (oldest
/// first), over @p activities as a viewer's device holds them; an activity counts in the month
/// it started in @p zone. Only what the caller passes is counted: callers pass the activities
/// whose names the viewer may see.
QList<MonthAttendance> attendanceByMonth(const QList<Activity> &activities, const QTimeZone &zone,
                                         const QDate &lastMonth, int months);

} // namespace activities

/// Attendance over time, for whoever sees who came (the beheerder: every corridor; a gangmaker:
/// what they organise and their corridor's): per month the activities held and cancelled, how
/// many signed up and how many came, and how many different neighbours came. The months end
/// with this month; the last six by default.
class ActivityAttendanceModel
    : public gw::RowListModel // qualified: QML type registration reads it literally
{
    Q_OBJECT
    Q_PROPERTY(int months READ months WRITE setMonths NOTIFY summaryChanged)
    /// Whether this member sees attendance at all (SeeAttendeeNames anywhere).
    Q_PROPERTY(bool available READ available NOTIFY summaryChanged)
    /// "Since July 2026, 14 of 31 neighbours came to at least one activity."
    Q_PROPERTY(QString summary READ summary NOTIFY summaryChanged)
    /// The largest number of people who came in one month (the bars' scale).
    Q_PROPERTY(int maxCame READ maxCame NOTIFY summaryChanged)
    /// Whether a screen shows it: only then is every change counted again (a beheerder's
    /// device holds months of activities, and most changes come while nobody looks).
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
public:
    enum Roles {
        MonthRole = Qt::UserRole + 1, // "nov 2026"
        MonthNameRole,                // "november 2026", for a screen reader
        HeldRole,
        CancelledRole,
        SignedUpRole,
        CameRole,
        ReachedRole,
        TextRole, // "Held: 3 · signed up: 20 · came: 17 · different neighbours: 12"
    };
    Q_ENUM(Roles)

    explicit ActivityAttendanceModel(ActivitiesService &service, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int months() const { return m_months; }
    void setMonths(int months);
    bool available() const;
    QString summary() const { return m_summary; }
    int maxCame() const { return m_maxCame; }
    bool active() const { return m_active; }
    void setActive(bool active);
    Q_INVOKABLE void reload();

signals:
    void summaryChanged();
    void activeChanged();

private:
    ActivitiesService &m_service;
    int m_months = 6;
    QList<activities::MonthAttendance> m_rows;
    QString m_summary;
    int m_maxCame = 0;
    bool m_active = false;
    bool m_stale = true; // changed while not shown
};

} // namespace gw
