#pragma once

#include "records.h"
#include "rowlistmodel.h"

#include <QDate>
#include <QStringList>

namespace gw {

class ActivitiesService;

/// One week of the programme, as the desktop shows it: seven day columns, starting on the day
/// the user's language starts its week (Monday in Dutch, Saturday in Arabic), and each
/// activity of the week in its day's column, by start. The week is this week or a number of
/// weeks from it (weekOffset), so that it follows midnight and a change of language.
class ActivityWeekModel
    : public gw::RowListModel // qualified: QML type registration reads it literally
{
    Q_OBJECT
    /// 0 = this week, -1 the week before, 1 the week after.
    Q_PROPERTY(int weekOffset READ weekOffset WRITE setWeekOffset NOTIFY weekChanged)
    /// "23 – 29 november 2026".
    Q_PROPERTY(QString weekTitle READ weekTitle NOTIFY weekChanged)
    /// The seven days in the week's order: ISO dates, short headings ("ma 23 nov") and the
    /// full names a screen reader says ("maandag 23 november").
    Q_PROPERTY(QStringList dayIsos READ dayIsos NOTIFY weekChanged)
    Q_PROPERTY(QStringList dayHeadings READ dayHeadings NOTIFY weekChanged)
    Q_PROPERTY(QStringList dayNames READ dayNames NOTIFY weekChanged)
    /// How many activities each day has, in the week's order.
    Q_PROPERTY(QList<int> dayCounts READ dayCounts NOTIFY weekChanged)
    /// Today's column, or -1 when today is not in the week shown.
    Q_PROPERTY(int todayColumn READ todayColumn NOTIFY weekChanged)
public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        PlaceRole,
        TimeRole,   // "19:00–21:00"
        WhenRole,   // "Tuesday 24 November, 19:00–21:00"
        FillRole,   // "3 of 8 places taken"
        FullRole,   // no place left
        StatusRole, // "planned", "cancelled", "over"
        MyStateTextRole,
        ColumnRole, // 0–6: the day's column in the week's order
    };
    Q_ENUM(Roles)

    explicit ActivityWeekModel(ActivitiesService &service, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int weekOffset() const { return m_weekOffset; }
    void setWeekOffset(int offset);
    QString weekTitle() const;
    QStringList dayIsos() const;
    QStringList dayHeadings() const;
    QStringList dayNames() const;
    int todayColumn() const;
    QList<int> dayCounts() const;
    /// The first day of the week shown, in the project's time zone.
    QDate weekStart() const;

    Q_INVOKABLE void previousWeek() { setWeekOffset(m_weekOffset - 1); }
    Q_INVOKABLE void nextWeek() { setWeekOffset(m_weekOffset + 1); }
    Q_INVOKABLE void thisWeek() { setWeekOffset(0); }
    Q_INVOKABLE void reload();

signals:
    void weekChanged();

private:
    struct Row
    {
        QVariantMap values;
        int column = 0;
    };
    ActivitiesService &m_service;
    int m_weekOffset = 0;
    QList<Row> m_rows;
};

} // namespace gw
