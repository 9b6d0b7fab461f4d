#include "hourhistorymodel.h"

#include "activitiesfamily.h"
#include "dates.h"
#include "hoursservice.h"
#include "store.h"

#include <QHash>
#include <QLocale>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcHours)

namespace gw {

HourHistoryModel::HourHistoryModel(HoursService &service, QObject *parent)
    : RowListModel(parent), m_service(service)
{
    connect(&m_service, &HoursService::entriesChanged, this, &HourHistoryModel::reload);
    reload();
}

void HourHistoryModel::setMemberId(const QString &memberId)
{
    if (memberId == m_memberId)
        return;
    m_memberId = memberId;
    reload();
    emit memberChanged();
}

void HourHistoryModel::reload()
{
    QList<HourEntry> all;
    if (m_service.isReady()) {
        try {
            all = m_service.repository().history(m_memberId.isEmpty() ? m_service.memberId()
                                                                      : m_memberId);
        } catch (const StoreError &e) {
            qCWarning(lcHours) << "history failed:" << e.what();
        }
    }
    const auto statuses = m_service.entryStatuses();
    const auto isRejected = [&](const QString &id) {
        const auto it = statuses.constFind(id);
        return it != statuses.cend() && it->state == OutboxRepository::State::Rejected;
    };
    // A refused correction replaced nothing: the entry it named stays as it was.
    QHash<QString, const HourEntry *> correctionOf;
    for (const HourEntry &e : all)
        if (!e.corrects.isEmpty() && !isRejected(e.id))
            correctionOf.insert(e.corrects, &e);

    const QLocale locale;
    QList<Row> rows;
    for (const HourEntry &e : all) {
        if (e.voids)
            continue;
        Row r{e, QStringLiteral("active"), {}, false, false, {}};
        // Hours the server credited for coming to an activity: said so, not typed in.
        if (e.source == EntrySource::Activity)
            r.stateText = tr("Credited for an activity");
        if (const auto it = statuses.constFind(e.id); it != statuses.cend()) {
            r.pending = it->state == OutboxRepository::State::Pending;
            r.rejected = it->state == OutboxRepository::State::Rejected;
            if (r.rejected)
                r.rejectionText = hours::refusalMessage(it->reasonCode, it->message);
            if (r.rejectionText.isEmpty())
                r.rejectionText = tr("Not accepted by the server.");
        }
        if (const HourEntry *c = correctionOf.value(e.id)) {
            if (c->voids) {
                r.state = QStringLiteral("removed");
                r.stateText = tr("Removed on %1")
                                  .arg(locale.toString(c->createdAt.toLocalTime().date(),
                                                       QStringLiteral("d MMMM")));
            } else {
                r.state = QStringLiteral("replaced");
                r.stateText = c->day == e.day
                                  ? tr("Changed to %1").arg(hours::formatMinutes(c->minutes))
                                  : tr("Changed to %1 on %2")
                                        .arg(hours::formatMinutes(c->minutes),
                                             locale.toString(c->day, QStringLiteral("d MMMM")));
            }
        }
        rows.append(r);
    }
    replaceRows(m_rows, std::move(rows));
}

int HourHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant HourHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!isRow(index))
        return {};
    const Row &r = m_rows.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
    case DurationTextRole:
        return hours::formatMinutes(r.entry.minutes);
    case EntryIdRole:
        return r.entry.id;
    case DayTextRole:
        return locale.toString(r.entry.day, QStringLiteral("ddd d MMMM"));
    case MonthTextRole:
        return monthAndYear(r.entry.day);
    case MinutesRole:
        return r.entry.minutes;
    case CategoryRole:
        return r.entry.category;
    case CategoryTextRole:
        return hours::categoryLabel(r.entry.category);
    case NoteRole:
        return r.entry.note;
    case StateRole:
        return r.state;
    case IsCorrectionRole:
        return !r.entry.corrects.isEmpty();
    case StateTextRole:
        return r.stateText;
    case PendingRole:
        return r.pending;
    case RejectedRole:
        return r.rejected;
    case RejectionTextRole:
        return r.rejectionText;
    case ActivityIdRole:
        // Hours credited for coming (a question about them is "Not right?"); not the
        // organisers' own organising time.
        return r.entry.source == EntrySource::Activity &&
                       r.entry.id != activitiesfamily::creditedEntryId(r.entry.sourceId,
                                                                       r.entry.memberId, true)
                   ? r.entry.sourceId
                   : QString();
    }
    return {};
}

QHash<int, QByteArray> HourHistoryModel::roleNames() const
{
    return {{EntryIdRole, "entryId"},           {DayTextRole, "dayText"},
            {MonthTextRole, "monthText"},       {MinutesRole, "minutes"},
            {DurationTextRole, "durationText"}, {CategoryRole, "category"},
            {CategoryTextRole, "categoryText"}, {NoteRole, "note"},
            {StateRole, "entryState"},          {IsCorrectionRole, "isCorrection"},
            {StateTextRole, "stateText"},       {PendingRole, "pending"},
            {RejectedRole, "rejected"},         {RejectionTextRole, "rejectionText"},
            {ActivityIdRole, "activityId"}};
}

MonthlyHoursModel::MonthlyHoursModel(HoursService &service, QObject *parent)
    : RowListModel(parent), m_service(service)
{
    connect(&m_service, &HoursService::changed, this, &MonthlyHoursModel::reload);
    reload();
}

void MonthlyHoursModel::setMemberId(const QString &memberId)
{
    if (memberId == m_memberId)
        return;
    m_memberId = memberId;
    reload();
    emit memberChanged();
}

void MonthlyHoursModel::reload()
{
    QList<Row> rows;
    int max = 0;
    if (m_service.isReady()) {
        const auto months = hours::lastTwelveMonths(m_service.today());
        QList<QPair<QDate, int>> perDay;
        try {
            perDay = m_service.repository().effectiveMinutesPerDay(
                m_memberId.isEmpty() ? m_service.memberId() : m_memberId,
                {months.first().first, months.last().last});
        } catch (const StoreError &e) {
            qCWarning(lcHours) << "monthly totals failed:" << e.what();
        }
        for (const auto &range : months) {
            Row r;
            r.month = range.first;
            for (const auto &[day, minutes] : perDay)
                if (range.contains(day))
                    r.done += minutes;
            r.required = m_service.requiredMinutesFor(range, m_memberId);
            max = std::max({max, r.done, r.required});
            rows.append(r);
        }
    }
    // Always twelve months: change them in place, so the chart keeps its bars (a reset makes
    // a Repeater in a layout rebuild every bar while the layout arranges them).
    if (rows.size() == m_rows.size() && !m_rows.isEmpty()) {
        m_rows = std::move(rows);
        emit dataChanged(index(0), index(int(m_rows.size()) - 1));
    } else {
        replaceRows(m_rows, std::move(rows));
    }
    emit summariesChanged();
    if (max != m_max) {
        m_max = max;
        emit maxMinutesChanged();
    }
}

QStringList MonthlyHoursModel::summaries() const
{
    QStringList out;
    for (int row = 0; row < m_rows.size(); ++row)
        out << data(index(row), SummaryRole).toString();
    return out;
}

int MonthlyHoursModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant MonthlyHoursModel::data(const QModelIndex &index, int role) const
{
    if (!isRow(index))
        return {};
    const Row &r = m_rows.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
    case SummaryRole:
        return tr("%1: %2 of %3")
            .arg(monthAndYear(r.month), hours::formatMinutes(r.done),
                 hours::formatMinutes(r.required));
    case MonthShortRole:
        return locale.toString(r.month, QStringLiteral("MMM"));
    case MonthLongRole:
        return monthAndYear(r.month);
    case DoneMinutesRole:
        return r.done;
    case RequiredMinutesRole:
        return r.required;
    case IsCurrentRole:
        return index.row() == m_rows.size() - 1;
    }
    return {};
}

QHash<int, QByteArray> MonthlyHoursModel::roleNames() const
{
    return {{MonthShortRole, "monthShort"},   {MonthLongRole, "monthLong"},
            {DoneMinutesRole, "doneMinutes"}, {RequiredMinutesRole, "requiredMinutes"},
            {IsCurrentRole, "isCurrent"},     {SummaryRole, "summary"}};
}

} // namespace gw
