#pragma once

#include <QAbstractListModel>
#include <QList>

namespace gw {

/// Base of the flat list models whose rows are read again whole on every change (history,
/// member overview, refusals): `count` for QML, and one way to swap the rows in.
class RowListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    using QAbstractListModel::QAbstractListModel;

signals:
    void countChanged();

protected:
    /// Replaces @p current by @p rows as one model reset; `count` notifies only when it moved.
    template <typename Row> void replaceRows(QList<Row> &current, QList<Row> &&rows)
    {
        const bool countChange = rows.size() != current.size();
        beginResetModel();
        current = std::move(rows);
        endResetModel();
        if (countChange)
            emit countChanged();
    }
    /// A valid row of this flat list (what data() may be asked for).
    bool isRow(const QModelIndex &index) const
    {
        return checkIndex(index,
                          CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid);
    }
};

} // namespace gw
