#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

namespace gw {

/// Names in the order people expect: "r2" before "r10", capitals ignored, in the language's
/// alphabet (the C locale, as in tests, orders as English).
QCollator naturalCollator();

/// The Residents order, one rule for the list and the month report: by corridor (those without
/// one last) when @p byCorridor, then by name, naturally. <0, 0 or >0 like QCollator::compare.
int compareResidents(const QCollator &collator, const QString &gangA, const QString &nameA,
                     const QString &gangB, const QString &nameB, bool byCorridor = true);

/// The beheerder's Residents list over MemberProgressModel: found by a part of a name, a
/// corridor or a studio (capitals and accents do not matter), narrowed to those behind, paused,
/// quiet or not connected, and
/// ordered by corridor, then name, naturally (r2 before r10), so the list can be grouped by
/// corridor. Never ordered by hours: the list is not a ranking.
class ResidentsFilter : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    /// "all", "behind", "paused", "quiet" (no sync for the model's quietDays) or
    /// "notConnected" (no connected device).
    Q_PROPERTY(QString show READ show WRITE setShow NOTIFY showChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    /// True (the default): by corridor, then name, for a list grouped by corridor. False: by
    /// name alone, one list.
    Q_PROPERTY(bool byCorridor READ byCorridor WRITE setByCorridor NOTIFY byCorridorChanged)

public:
    explicit ResidentsFilter(QObject *parent = nullptr);

    QString query() const { return m_query; }
    void setQuery(const QString &query);
    QString show() const { return m_show; }
    void setShow(const QString &show);
    int count() const { return rowCount(); }
    bool byCorridor() const { return m_byCorridor; }
    void setByCorridor(bool byCorridor);
    /// Orders again in the current language's alphabet (after a language change).
    void relocalize();

    /// The source row of proxy row @p row (-1 when none): for the screen's per-row actions.
    Q_INVOKABLE int sourceRow(int row) const;

    /// @p text folded for finding: lower case, without accents ("René" finds "rene").
    static QString folded(const QString &text);

signals:
    void queryChanged();
    void showChanged();
    void countChanged();
    void byCorridorChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_query;
    QString m_foldedQuery;
    QString m_show = QStringLiteral("all");
    bool m_byCorridor = true;
    QCollator m_collator;
};

} // namespace gw
