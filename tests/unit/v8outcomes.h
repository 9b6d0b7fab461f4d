#pragma once

// Server schema v8 keeps a mutation's outcome under its id. What a store made before it holds,
// and what it must answer once upgraded: the same on SQLCipher (tst_serverservice) and on
// PostgreSQL (tst_pgstore).

#include "gangwerk/sync/v1/sync.pb.h"
#include "serverrepository.h"
#include "store.h"

#include <QTest>

namespace gw::testing {

/// @p schema without the steps of its part @p partName after @p version (the store as that
/// version of the part made it). Fails the test when the part has no such version.
inline Schema schemaUpTo(Schema schema, const char *partName, int version)
{
    for (SchemaPart &part : schema.parts)
        if (qstrcmp(part.name, partName) == 0) {
            while (!part.migrations.empty() && part.migrations.back().version > version)
                part.migrations.pop_back();
            if (part.migrations.empty() || part.migrations.back().version != version)
                QTest::qFail("the schema part has no such version", __FILE__, __LINE__);
        }
    return schema;
}

struct V7Outcomes
{
    QString device = QStringLiteral("01a25260-7afa-78bd-9768-f49caa0a1230");
    QString x = QStringLiteral("01a25260-7afa-78bd-9768-f49caa0a0001");
    QString y = QStringLiteral("01a25260-7afa-78bd-9768-f49caa0a0002");

    /// Writes into a v7 store: a device whose seq 1 was x (applied), 2 y (refused), 3 a
    /// malformed id (kept as ''), and 4 x again (a device that renumbered).
    void write(Store &old) const
    {
        Statement(old, "INSERT INTO project (id, name, time_zone, requirement_minutes, "
                       "requirement_period) VALUES ('p', 'P', 'Europe/Amsterdam', 120, 'MONTH')")
            .run();
        Statement(old, "INSERT INTO member (id, project_id, display_name, role) "
                       "VALUES ('m', 'p', 'M', 'RESIDENT')")
            .run();
        Statement dev(old, "INSERT INTO device (id, project_id, member_id, name, token_hash, "
                           "created_at_ms) VALUES (?1, 'p', 'm', 'phone', ?2, 1)");
        dev.bind(1, device).bind(2, QByteArray("\x01")).run();
        Statement add(old, "INSERT INTO mutation_result (device_id, client_seq, mutation_id, "
                           "outcome, reason_code, message) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        const auto row = [&](qint64 seq, const QString &id, int outcome, const char *code) {
            add.reset();
            add.bind(1, device).bind(2, seq).bind(3, id).bind(4, outcome);
            add.bind(5, QString::fromLatin1(code)).bind(6, QStringLiteral("words")).run();
        };
        namespace pb = ::gangwerk::sync::v1;
        row(1, x, pb::OUTCOME_APPLIED, "");
        row(2, y, pb::OUTCOME_REJECTED, "DAY_IN_FUTURE");
        row(3, QString(), pb::OUTCOME_REJECTED, "INVALID");
        row(4, x, pb::OUTCOME_APPLIED, ""); // x again, renumbered
    }

    /// What the upgraded store answers: each client_seq the outcome it got first, also one that
    /// carried an id seen before or a malformed one; another id at a seq is none.
    void verifyAnswered(Store &upgraded) const
    {
        namespace pb = ::gangwerk::sync::v1;
        server::ServerRepository repo(upgraded);
        const auto outcome = [&](const QString &id, qint64 seq) {
            const auto r = repo.resultOfRetry(device, id, seq);
            return r ? QStringLiteral("%1 %2").arg(r->outcome).arg(r->reasonCode) : QString();
        };
        QCOMPARE(outcome(x, 1), QStringLiteral("%1 ").arg(pb::OUTCOME_APPLIED));
        QCOMPARE(outcome(y, 2), QStringLiteral("%1 DAY_IN_FUTURE").arg(pb::OUTCOME_REJECTED));
        QCOMPARE(outcome(QString(), 3), QStringLiteral("%1 INVALID").arg(pb::OUTCOME_REJECTED));
        QCOMPARE(outcome(x, 4), QStringLiteral("%1 ").arg(pb::OUTCOME_APPLIED));
        QCOMPARE(outcome(y, 1), QString()); // seq 1 carried x
        QCOMPARE(outcome(x, 2), QString());
        QCOMPARE(outcome(QString(), 4), QString());
        // A new mutation with a known id is known under its first client_seq.
        QVERIFY(!repo.claimResult(device, x, 5));
        QCOMPARE(repo.resultById(device, x)->clientSeq, 1);
        QVERIFY(
            repo.claimResult(device, QStringLiteral("01a25260-7afa-78bd-9768-f49caa0a0003"), 5));
    }
};

} // namespace gw::testing
