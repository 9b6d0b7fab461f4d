#pragma once

#include "rowlistmodel.h"
#include <QDateTime>

namespace gw {
class Store;
}

namespace gw::sync {

/// Changes of this device that the server refused, newest first, with the server's reason in
/// plain words: a refusal is shown, never dropped silently (DESIGN.md, guarantee 5).
class RejectionModel : public gw::RowListModel
{
    Q_OBJECT
public:
    enum Roles {
        RecordIdRole = Qt::UserRole + 1,
        KindRole,       // "APPEND_HOUR_ENTRY" | "PAUSE_REQUIREMENT"
        ReasonCodeRole, // e.g. "DAY_TOO_OLD" (stable, for icons and tests)
        MessageRole,    // the server's words for the user
        CreatedAtRole,  // when the change was made on this device
        WhatRole,       // what the change was, in the user's words ("Hours you logged")
    };
    Q_ENUM(Roles)

    explicit RejectionModel(Store &store, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void reload();

private:
    struct Row
    {
        QString recordId;
        QString kind;
        QString reasonCode;
        QString message;
        QDateTime createdAt;
    };
    Store &m_store;
    QList<Row> m_rows;
};

} // namespace gw::sync
