#pragma once

#include "membercontext.h"
#include "outboxrepository.h"
#include "records.h"
#include "rowlistmodel.h"

#include <QObject>

namespace gw {

/// When a device last synced, in words: "today", "yesterday", "9 days ago", "never".
QString syncDayWords(QDate lastSyncDay, QDate today);

/// After a week without a sync, a connected phone is worth a look (lost, broken, or its owner
/// not doing well). The Residents screen lets the beheerder choose another number of days.
inline constexpr int kDefaultQuietDays = 7;
/// True when a connected device last synced @p days or more days before @p today, or never.
bool isQuiet(QDate lastSyncDay, QDate today, int days = kDefaultQuietDays);

/// The beheerder disconnects a lost or replaced phone: checked with core's rule and the
/// permission table here first (as the server will), then stored and queued in one transaction.
class DevicesService : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString lastError READ lastError NOTIFY errorOccurred)

public:
    explicit DevicesService(MemberContext &context, QObject *parent = nullptr);

    /// True when disconnected (or already disconnected); otherwise lastError says why.
    Q_INVOKABLE bool revoke(const QString &deviceId);
    QString lastError() const { return m_lastError; }
    MemberContext &memberContext() const { return m_context; }

signals:
    /// A device's record changed here (a revoke): lists re-read.
    void devicesChanged();
    void queuedForSync();
    void errorOccurred(const QString &message);

private:
    bool fail(const QString &userMessage, const char *what);
    MemberContext &m_context;
    OutboxRepository m_outbox;
    QString m_lastError;
};

/// One member's devices for their page: connected ones first, with when they last synced.
class DeviceListModel
    : public gw::RowListModel // qualified: QML type registration reads it literally
{
    Q_OBJECT
    Q_PROPERTY(QString memberId READ memberId WRITE setMemberId NOTIFY memberChanged)
public:
    /// "Last updated: 9 days ago": the one wording, for this list and the Residents rows.
    static QString lastUpdatedText(QDate lastSyncDay, QDate today);

    enum Roles {
        DeviceIdRole = Qt::UserRole + 1,
        NameRole,
        ConnectedRole,
        ThisDeviceRole,   // the device showing the list (cannot disconnect itself)
        QuietRole,        // connected, no sync for a week or more
        LastSyncTextRole, // "Last updated: 9 days ago"
        SinceTextRole,    // "Connected since 3 October 2026" / "Disconnected on 4 November 2026"
        PendingRole,      // disconnected here, not yet confirmed by the server
    };
    Q_ENUM(Roles)

    explicit DeviceListModel(DevicesService &service, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString memberId() const { return m_memberId; }
    void setMemberId(const QString &memberId);
    Q_INVOKABLE void reload();

signals:
    void memberChanged();

private:
    struct Row
    {
        DeviceRecord device;
        bool pending = false;
    };
    DevicesService &m_service;
    QString m_memberId;
    QDate m_today;
    QList<Row> m_rows;
};

} // namespace gw
