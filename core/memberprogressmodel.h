#pragma once

#include "records.h"

#include "rowlistmodel.h"

namespace gw {

class HoursService;
class Store;

/// For the beheerder: every member of the project with this period's hours against what their
/// terms ask (pro-rated for move-in, zero while paused). Neutral words only: the overview is
/// for starting a conversation, not for ranking people.
class MemberProgressModel
    : public gw::RowListModel // qualified: QML type registration reads it literally
{
    Q_OBJECT
public:
    enum Roles {
        MemberIdRole = Qt::UserRole + 1,
        NameRole,
        RoleNameRole, // "RESIDENT" | "GANGMAKER" | "BEHEERDER"
        DoneMinutesRole,
        RequiredMinutesRole,
        DoneTextRole, // "8 h of 10 h"
        PausedRole,
        PausedUntilTextRole,
        PausedUntilIsoRole, // "2026-12-31" or ""
    };
    Q_ENUM(Roles)

    MemberProgressModel(Store &store, HoursService &service, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Re-reads members and totals (the service's signals call it; sync calls it after a pull).
    Q_INVOKABLE void reload();

private:
    struct Row
    {
        Member member;
        int done = 0;
        int required = 0;
        bool paused = false;
        QDate pausedUntil; // the end of the pause covering today
    };
    Store &m_store;
    HoursService &m_service;
    QList<Row> m_rows;
};

} // namespace gw
