#include "residentsfilter.h"

#include "memberprogressmodel.h"

namespace gw {

QCollator naturalCollator()
{
    QLocale locale;
    // ICU's root ("C") collation does not honour numeric mode.
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    QCollator collator(locale);
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    return collator;
}

int compareResidents(const QCollator &collator, const QString &gangA, const QString &nameA,
                     const QString &gangB, const QString &nameB, bool byCorridor)
{
    if (byCorridor) {
        if (gangA.isEmpty() != gangB.isEmpty())
            return gangA.isEmpty() ? 1 : -1;
        if (const int byGang = collator.compare(gangA, gangB); byGang != 0)
            return byGang;
    }
    return collator.compare(nameA, nameB);
}

ResidentsFilter::ResidentsFilter(QObject *parent)
    : QSortFilterProxyModel(parent), m_collator(naturalCollator())
{
    setDynamicSortFilter(true);
    sort(0);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(this, signal, this, &ResidentsFilter::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &ResidentsFilter::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &ResidentsFilter::countChanged);
}

QString ResidentsFilter::folded(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed)
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c.toCaseFolded());
    return out;
}

void ResidentsFilter::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    m_foldedQuery = folded(query.trimmed());
    invalidateFilter();
    emit queryChanged();
    emit countChanged();
}

void ResidentsFilter::setShow(const QString &show)
{
    static const QStringList kShows{QStringLiteral("behind"), QStringLiteral("paused"),
                                    QStringLiteral("quiet"), QStringLiteral("notConnected")};
    const QString valid = kShows.contains(show) ? show : QStringLiteral("all");
    if (valid == m_show)
        return;
    m_show = valid;
    invalidateFilter();
    emit showChanged();
    emit countChanged();
}

void ResidentsFilter::setByCorridor(bool byCorridor)
{
    if (byCorridor == m_byCorridor)
        return;
    m_byCorridor = byCorridor;
    invalidate();
    emit byCorridorChanged();
}

void ResidentsFilter::relocalize()
{
    m_collator = naturalCollator();
    invalidate();
}

int ResidentsFilter::sourceRow(int row) const
{
    return mapToSource(index(row, 0)).row();
}

bool ResidentsFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_show == QLatin1String("behind") && !i.data(MemberProgressModel::BehindRole).toBool())
        return false;
    if (m_show == QLatin1String("paused") && !i.data(MemberProgressModel::PausedRole).toBool())
        return false;
    if (m_show == QLatin1String("quiet") && !i.data(MemberProgressModel::QuietRole).toBool())
        return false;
    if (m_show == QLatin1String("notConnected") &&
        i.data(MemberProgressModel::ConnectedRole).toBool())
        return false;
    if (m_foldedQuery.isEmpty())
        return true;
    return folded(i.data(MemberProgressModel::NameRole).toString()).contains(m_foldedQuery) ||
           folded(i.data(MemberProgressModel::GangRole).toString()).contains(m_foldedQuery) ||
           folded(i.data(MemberProgressModel::StudioRole).toString()).contains(m_foldedQuery);
}

bool ResidentsFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int order =
        compareResidents(m_collator, left.data(MemberProgressModel::GangRole).toString(),
                         left.data(MemberProgressModel::NameRole).toString(),
                         right.data(MemberProgressModel::GangRole).toString(),
                         right.data(MemberProgressModel::NameRole).toString(), m_byCorridor);
    if (order != 0)
        return order < 0;
    return left.data(MemberProgressModel::MemberIdRole).toString() <
           right.data(MemberProgressModel::MemberIdRole).toString();
}

} // namespace gw
