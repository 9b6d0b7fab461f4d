#include "activityweekmodel.h"

#include "activitiesservice.h"
#include "clock.h"
#include "membercontext.h"

#include <QLocale>
#include <QTimeZone>

namespace gw {

ActivityWeekModel::ActivityWeekModel(ActivitiesService &service, QObject *parent)
    : RowListModel(parent), m_service(service)
{
    // A change here, a sync, or a new language (its week starts on another day) re-reads it.
    connect(&m_service, &ActivitiesService::activitiesChanged, this, &ActivityWeekModel::reload);
}

void ActivityWeekModel::setWeekOffset(int offset)
{
    if (offset == m_weekOffset)
        return;
    m_weekOffset = offset;
    reload();
}

QDate ActivityWeekModel::weekStart() const
{
    const QDate today = m_service.memberContext().today();
    const int first = int(QLocale().firstDayOfWeek());
    const int back = (today.dayOfWeek() - first + 7) % 7;
    return today.addDays(-back + 7 * qint64(m_weekOffset));
}

QString ActivityWeekModel::weekTitle() const
{
    const QLocale locale;
    const QDate first = weekStart(), last = first.addDays(6);
    const QString from = first.month() == last.month()
                             ? locale.toString(first, QStringLiteral("d"))
                             : locale.toString(first, QStringLiteral("d MMMM"));
    return tr("%1 – %2").arg(from, locale.toString(last, QStringLiteral("d MMMM yyyy")));
}

QStringList ActivityWeekModel::dayIsos() const
{
    QStringList out;
    for (int i = 0; i < 7; ++i)
        out.append(weekStart().addDays(i).toString(Qt::ISODate));
    return out;
}

QStringList ActivityWeekModel::dayHeadings() const
{
    const QLocale locale;
    QStringList out;
    for (int i = 0; i < 7; ++i)
        out.append(locale.toString(weekStart().addDays(i), QStringLiteral("ddd d MMM")));
    return out;
}

QStringList ActivityWeekModel::dayNames() const
{
    const QLocale locale;
    QStringList out;
    for (int i = 0; i < 7; ++i)
        out.append(locale.toString(weekStart().addDays(i), QStringLiteral("dddd d MMMM")));
    return out;
}

QList<int> ActivityWeekModel::dayCounts() const
{
    QList<int> out(7, 0);
    for (const Row &r : m_rows)
        ++out[r.column];
    return out;
}

int ActivityWeekModel::todayColumn() const
{
    const qint64 column = weekStart().daysTo(m_service.memberContext().today());
    return column >= 0 && column < 7 ? int(column) : -1;
}

void ActivityWeekModel::reload()
{
    const MemberContext &ctx = m_service.memberContext();
    QList<Row> rows;
    if (ctx.isReady()) {
        const QTimeZone tz = ctx.project()->zone();
        const QDate first = weekStart();
        const QDateTime from(first, QTime(0, 0), tz);
        const QDateTime until(first.addDays(7), QTime(0, 0), tz);
        // activities() gives those that end after `from`, by start.
        for (const Activity &a : m_service.activities(from.toUTC())) {
            if (a.start >= until)
                break;
            const qint64 column = first.daysTo(a.start.toTimeZone(tz).date());
            if (column < 0 || column > 6)
                continue; // began the week before, ends in this one
            rows.append({ActivityListModel::valuesOf(m_service, a), int(column)});
        }
    }
    replaceRows(m_rows, std::move(rows));
    emit weekChanged();
}

int ActivityWeekModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QHash<int, QByteArray> ActivityWeekModel::roleNames() const
{
    return {{IdRole, "activityId"}, {TitleRole, "title"},   {PlaceRole, "place"},
            {TimeRole, "time"},     {WhenRole, "when"},     {FillRole, "fill"},
            {FullRole, "full"},     {StatusRole, "status"}, {MyStateTextRole, "myStateText"},
            {ColumnRole, "column"}};
}

QVariant ActivityWeekModel::data(const QModelIndex &index, int role) const
{
    if (!isRow(index))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == ColumnRole)
        return row.column;
    const QByteArray name = roleNames().value(role);
    if (name.isEmpty())
        return {};
    return row.values.value(QString::fromLatin1(name));
}

} // namespace gw
