#include "rejectionmodel.h"

#include "hoursrules.h"

#include "outboxrepository.h"
#include "recordkinds.h"
#include "store.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSyncEngine)

namespace gw::sync {

RejectionModel::RejectionModel(Store &store, QObject *parent) : RowListModel(parent), m_store(store)
{
    reload();
}

void RejectionModel::reload()
{
    QList<Row> rows;
    if (m_store.isOpen()) {
        try {
            for (const auto &e : OutboxRepository(m_store).rejected())
                rows.append({e.recordId, e.kind, e.reasonCode, e.message, e.createdAt});
        } catch (const StoreError &e) {
            qCWarning(lcSyncEngine) << "rejections failed:" << e.what();
        }
    }
    replaceRows(m_rows, std::move(rows));
}

int RejectionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RejectionModel::data(const QModelIndex &index, int role) const
{
    if (!isRow(index))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case MessageRole:
        // In the user's language where the reason is one of core's rules.
        return hours::refusalMessage(r.reasonCode, r.message);
    case RecordIdRole:
        return r.recordId;
    case KindRole:
        return r.kind;
    case ReasonCodeRole:
        return r.reasonCode;
    case CreatedAtRole:
        return r.createdAt;
    case WhatRole:
        return mutationLabel(r.kind);
    }
    return {};
}

QHash<int, QByteArray> RejectionModel::roleNames() const
{
    return {{RecordIdRole, "recordId"},     {KindRole, "kind"},
            {ReasonCodeRole, "reasonCode"}, {MessageRole, "message"},
            {CreatedAtRole, "createdAt"},   {WhatRole, "what"}};
}

} // namespace gw::sync
