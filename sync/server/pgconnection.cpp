#include "pgconnection.h"

#include <libpq-fe.h>

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <optional>
#include <regex>
#include <utility>
#include <vector>

namespace gw::server {

namespace {

// pg_type.oid of bool and bytea (fixed in PostgreSQL's catalog).
constexpr Oid kBoolOid = 16, kByteaOid = 17, kTextOid = 25;

// SQLite's result codes, as StoreError carries them.
constexpr int kSqliteError = 1, kSqliteAbort = 4, kSqliteBusy = 5, kSqliteInterrupt = 9,
              kSqliteIoErr = 10, kSqliteFull = 13, kSqliteConstraint = 19, kSqliteMismatch = 20,
              kSqliteRange = 25;

int sqliteCodeFor(std::string_view state)
{
    if (state.substr(0, 2) == "23")
        return kSqliteConstraint;
    if (state == "40001" || state == "40P01" || state == "55P03")
        return kSqliteBusy; // serialization failure, deadlock, lock not available: try again
    if (state == "53100")
        return kSqliteFull;
    if (state == "57014")
        return kSqliteInterrupt;
    if (state.empty() || state.substr(0, 2) == "08" || state.substr(0, 2) == "57")
        return kSqliteIoErr; // the connection (or the server) is gone
    return kSqliteError;
}

// COMMIT or ROLLBACK, not ROLLBACK TO a savepoint.
bool endsTransaction(std::string_view sql)
{
    return sql.substr(0, 6) == "COMMIT" ||
           (sql.substr(0, 8) == "ROLLBACK" && sql.substr(0, 11) != "ROLLBACK TO");
}

// A result freed when it goes (fail() throws with it still to be freed).
using OwnedResult = std::unique_ptr<PGresult, decltype(&PQclear)>;

// "\x4869" (bytea's text form) as its bytes.
QByteArray fromHex(const char *text, int size)
{
    if (size < 2 || text[0] != '\\' || text[1] != 'x')
        return QByteArray(text, size);
    return QByteArray::fromHex(QByteArray::fromRawData(text + 2, size - 2));
}

} // namespace

/// One prepared statement (or, for a nested use of SQL that is lent out, one run of the same
/// text without a name of its own).
class PgStatement final : public RemoteStatement
{
public:
    PgStatement(PgConnection &connection, std::string name, std::string sql, int params,
                std::vector<Oid> types)
        : m_connection(connection), m_name(std::move(name)), m_sql(std::move(sql)),
          m_types(std::move(types)), m_values(size_t(params)), m_isNull(size_t(params), true),
          m_formats(size_t(params), 0)
    {
    }
    ~PgStatement() override { clearResult(); }

    void bindText(int index, const char *utf8, int size) override
    {
        // PostgreSQL's text cannot hold a NUL (libpq would send the text cut off there; SQLite
        // keeps it): refused rather than stored otherwise than it was given.
        if (size > 0 && std::memchr(utf8, 0, size_t(size)))
            throw StoreError(kSqliteMismatch, "postgresql: a text holds a NUL character, which "
                                              "PostgreSQL cannot store (parameter " +
                                                  std::to_string(index) + ")");
        at(index).assign(utf8, size_t(size));
        m_formats[size_t(index - 1)] = 0;
    }
    void bindInt64(int index, qint64 value) override
    {
        char digits[24];
        const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
        at(index).assign(digits, end);
        m_formats[size_t(index - 1)] = 0;
    }
    void bindBlob(int index, const char *data, int size) override
    {
        at(index).assign(data, size_t(size));
        m_formats[size_t(index - 1)] = 1; // bytea in its binary form: the bytes themselves
    }
    void bindNull(int index) override
    {
        at(index);
        m_isNull[size_t(index - 1)] = true;
    }

    bool next() override
    {
        if (m_result && m_row >= m_rows) // past the end: run again, as sqlite3_step does
            clearResult();
        if (!m_result) {
            std::vector<const char *> values(m_values.size());
            std::vector<int> lengths(m_values.size());
            for (size_t i = 0; i < m_values.size(); ++i) {
                values[i] = m_isNull[i] ? nullptr : m_values[i].data();
                lengths[i] = int(m_values[i].size());
            }
            m_connection.ensureSession({});
            if (cached() && m_session != m_connection.m_session)
                prepare();
            PGconn *conn = m_connection.m_conn;
            const int n = int(m_values.size());
            m_result = m_name.empty()
                           ? PQexecParams(conn, m_sql.c_str(), n, m_types.data(), values.data(),
                                          lengths.data(), m_formats.data(), 0)
                           : PQexecPrepared(conn, m_name.c_str(), n, values.data(), lengths.data(),
                                            m_formats.data(), 0);
            m_connection.settle(m_result);
            const ExecStatusType status = PQresultStatus(m_result);
            if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
                const OwnedResult failed(std::exchange(m_result, nullptr), &PQclear);
                m_connection.fail(failed.get());
            }
            m_connection.noteChanges(m_result);
            m_rows = PQntuples(m_result);
            m_row = -1;
            m_decoded.assign(size_t(PQnfields(m_result)), {});
        }
        if (m_row < m_rows)
            ++m_row;
        for (auto &d : m_decoded)
            d.reset();
        return m_row < m_rows;
    }

    void reset() override
    {
        clearResult();
        std::fill(m_isNull.begin(), m_isNull.end(), true);
    }

    const char *bytes(int column, int *size) const override
    {
        *size = 0;
        if (!hasValue(column))
            return nullptr;
        if (PQftype(m_result, column) == kByteaOid) {
            auto &d = m_decoded[size_t(column)];
            if (!d)
                d = fromHex(PQgetvalue(m_result, m_row, column),
                            PQgetlength(m_result, m_row, column));
            *size = int(d->size());
            return d->constData();
        }
        *size = PQgetlength(m_result, m_row, column);
        return PQgetvalue(m_result, m_row, column);
    }
    qint64 int64(int column) const override
    {
        if (!hasValue(column))
            return 0; // as SQLite reads a NULL
        const char *text = PQgetvalue(m_result, m_row, column);
        const int size = PQgetlength(m_result, m_row, column);
        if (PQftype(m_result, column) == kBoolOid)
            return text[0] == 't' ? 1 : 0;
        qint64 value = 0; // text that is not a number reads 0, as in SQLite
        std::from_chars(text, text + size, value);
        return value;
    }
    bool isNull(int column) const override { return !hasValue(column); }
    int columnCount() const override { return m_result ? PQnfields(m_result) : 0; }

    bool cached() const { return !m_name.empty(); }
    bool lent = false;

    /// Prepares the named statement in the connection's session (again after a reconnect:
    /// a session's prepared statements end with it).
    void prepare()
    {
        PGresult *r = PQprepare(m_connection.m_conn, m_name.c_str(), m_sql.c_str(),
                                int(m_types.size()), m_types.data());
        m_connection.settle(r);
        if (PQresultStatus(r) != PGRES_COMMAND_OK) {
            const OwnedResult failed(r, &PQclear);
            m_connection.fail(r);
        }
        PQclear(r);
        m_session = m_connection.m_session;
    }

private:
    std::string &at(int index)
    {
        if (index < 1 || index > int(m_values.size()))
            throw StoreError(kSqliteRange, "postgresql: parameter " + std::to_string(index) +
                                               " is not in the statement");
        if (m_result) // bound again after a run: a new run
            clearResult();
        m_isNull[size_t(index - 1)] = false;
        return m_values[size_t(index - 1)];
    }
    bool hasValue(int column) const
    {
        return m_result && m_row >= 0 && m_row < m_rows && column >= 0 &&
               column < PQnfields(m_result) && !PQgetisnull(m_result, m_row, column);
    }
    void clearResult()
    {
        if (m_result)
            PQclear(m_result);
        m_result = nullptr;
        m_rows = 0;
        m_row = -1;
    }

    PgConnection &m_connection;
    std::string m_name;
    std::string m_sql;
    std::vector<Oid> m_types;
    int m_session = -1; // the session it was prepared in
    std::vector<std::string> m_values;
    std::vector<bool> m_isNull;
    std::vector<int> m_formats;
    PGresult *m_result = nullptr;
    int m_rows = 0;
    int m_row = -1;
    mutable std::vector<std::optional<QByteArray>> m_decoded;
};

std::unique_ptr<PgConnection> PgConnection::connect(const QString &url, QString *error)
{
    // A connection attempt gives up after 10 seconds, and a connection whose host stopped
    // answering is found dead within about a minute (keepalives; unacknowledged data after 60
    // s), unless the URL says otherwise: libpq would wait for the operating system's TCP
    // timeouts, minutes, while the server holds its store. Keywords are read in order, the
    // URL's own last.
    const QByteArray utf8 = url.toUtf8();
    const char *keywords[] = {"connect_timeout",
                              "keepalives_idle",
                              "keepalives_interval",
                              "keepalives_count",
                              "tcp_user_timeout",
                              "dbname",
                              nullptr};
    const char *values[] = {"10", "30", "10", "3", "60000", utf8.constData(), nullptr};
    PGconn *conn = PQconnectdbParams(keywords, values, 1);
    if (!conn) {
        *error = QStringLiteral("postgresql: out of memory");
        return nullptr;
    }
    if (PQstatus(conn) != CONNECTION_OK) {
        // libpq's words name the host and the reason, never the password.
        *error = QStringLiteral("postgresql: ") + QString::fromUtf8(PQerrorMessage(conn)).trimmed();
        PQfinish(conn);
        return nullptr;
    }
    // NOTICEs ("relation already exists, skipping") would go to stderr.
    PQsetNoticeProcessor(
        conn, [](void *, const char *) {}, nullptr);
    std::unique_ptr<PgConnection> c(new PgConnection(conn));
    try {
        c->startSession();
    } catch (const StoreError &e) {
        *error = QString::fromUtf8(e.what());
        return nullptr;
    }
    return c;
}

PgConnection::PgConnection(pg_conn *conn) : m_conn(conn) {}

PgConnection::~PgConnection()
{
    m_cache.clear(); // its results first
    PQfinish(m_conn);
}

void PgConnection::fail(const void *result) const
{
    const auto *r = static_cast<const PGresult *>(result);
    const char *state = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : nullptr;
    const std::string_view sqlstate = state ? state : "";
    std::string words;
    if (sqlstate.substr(0, 2) == "22") {
        // A data exception's text quotes the value ("invalid input syntax for type ...: x").
        words = "a value was refused by its column's type (not logged)";
    } else if (const char *primary = r ? PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY) : nullptr) {
        words = primary; // the DETAIL, which can quote a key, is left out
    } else {
        words = PQerrorMessage(m_conn); // the connection's own: no data
        while (!words.empty() && (words.back() == '\n' || words.back() == ' '))
            words.pop_back();
    }
    throw StoreError(sqliteCodeFor(sqlstate),
                     "postgresql " + std::string(sqlstate.empty() ? "error" : sqlstate) + ": " +
                         words);
}

void PgConnection::noteChanges(const void *result)
{
    // As sqlite3_changes(): rows an INSERT, UPDATE or DELETE changed; other statements leave it.
    const auto *r = static_cast<const PGresult *>(result);
    const std::string_view tag = PQcmdStatus(const_cast<PGresult *>(r));
    if (tag.substr(0, 7) == "INSERT " || tag.substr(0, 7) == "UPDATE " ||
        tag.substr(0, 7) == "DELETE ")
        m_changes = std::atoi(PQcmdTuples(const_cast<PGresult *>(r)));
}

void PgConnection::startSession()
{
    // bytea_output: blobs are read as hex whatever the database's default. lock_timeout: a
    // writer waits for another as long as SQLite's busy timeout, then answers BUSY (the device
    // tries again) instead of hanging every push behind a stuck one.
    exec("SET client_encoding = 'UTF8'; SET standard_conforming_strings = on; "
         "SET TIME ZONE 'UTC'; SET bytea_output = 'hex'; SET lock_timeout = '5s'");
}

void PgConnection::ensureSession(std::string_view sql)
{
    if (!sessionLost())
        return;
    if (m_inTransaction) {
        // The transaction died with its session: what is left of it must fail, never run on
        // its own in a new session. Its COMMIT or ROLLBACK ends it.
        if (endsTransaction(sql)) {
            m_inTransaction = false;
            // A failure taken for a lost session may have left the session alive, in its
            // transaction and holding the writers' lock: end it there too.
            if (PQstatus(m_conn) == CONNECTION_OK)
                PQclear(PQexec(m_conn, "ROLLBACK"));
        }
        throw StoreError(kSqliteIoErr, "postgresql: the connection to the database was lost "
                                       "during a transaction; it was not committed");
    }
    if (endsTransaction(sql)) {
        // Ending a transaction that went with its session: nothing to end, and no reason to
        // wait for a connection (a COMMIT says it did not commit).
        if (sql.substr(0, 6) == "COMMIT")
            throw StoreError(kSqliteIoErr, "postgresql: the connection to the database was "
                                           "lost; nothing was committed");
        throw StoreError(kSqliteIoErr, "postgresql: the connection to the database was lost");
    }
    // Between transactions nothing is lost: connect again (a restarted database, a failover,
    // a dropped network connection), with a new session.
    PQreset(m_conn);
    if (PQstatus(m_conn) != CONNECTION_OK) {
        std::string words = PQerrorMessage(m_conn);
        while (!words.empty() && (words.back() == '\n' || words.back() == ' '))
            words.pop_back();
        throw StoreError(kSqliteIoErr, "postgresql: cannot reach the database: " + words);
    }
    m_lost = false;
    ++m_session; // its prepared statements are gone: each prepares again when next used
    startSession();
}

bool PgConnection::sessionLost() const
{
    return m_lost || PQstatus(m_conn) != CONNECTION_OK;
}

void PgConnection::settle(const void *result)
{
    // libpq may still report a connection good after its server went away (a failed write):
    // a failure without an SQLSTATE is the connection's, and one of class 08 or 57P01-57P03
    // (the server shut down, crashed, or is starting) ends the session too.
    const auto *r = static_cast<const PGresult *>(result);
    const ExecStatusType status = PQresultStatus(r);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        const char *state = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : nullptr;
        const std::string_view s = state ? state : "";
        if (s.empty() || s.substr(0, 2) == "08" || s == "57P01" || s == "57P02" || s == "57P03")
            m_lost = true;
    }
    // Whether a transaction is open, as the database says while the session lives; when the
    // session is gone, what the caller believes (its transaction must end before another).
    if (!sessionLost())
        m_inTransaction = PQtransactionStatus(m_conn) != PQTRANS_IDLE;
}

void PgConnection::exec(const char *sql)
{
    // A lost session shows only when the next command fails. A BEGIN is sent once more in a
    // new session: one that failed with its session did nothing. (Another command might have
    // been carried out before the session ended: it fails, and the call after it reconnects.)
    const bool begins = std::string_view(sql).substr(0, 5) == "BEGIN";
    ensureSession(sql);
    PGresult *r = PQexec(m_conn, sql);
    settle(r);
    if (sessionLost() && endsTransaction(sql))
        m_inTransaction = false; // ended with its session, whether it was committed or not
    if (begins && sessionLost() && !m_inTransaction) {
        PQclear(r);
        ensureSession(sql);
        r = PQexec(m_conn, sql);
        settle(r);
    }
    const ExecStatusType status = PQresultStatus(r);
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) {
        // A COMMIT of a transaction PostgreSQL had refused a statement in rolls it back, and
        // says so only in its tag: that is a failure (SQLite would have kept the other writes).
        const bool rolledBack = std::string_view(PQcmdStatus(r)) == "ROLLBACK" &&
                                std::string_view(sql).substr(0, 6) == "COMMIT";
        noteChanges(r);
        PQclear(r);
        if (rolledBack)
            throw StoreError(kSqliteAbort, "postgresql: the transaction was rolled back because "
                                           "a statement in it failed");
        return;
    }
    const OwnedResult failed(r, &PQclear);
    fail(r);
}

void PgConnection::beginWrite()
{
    // READ COMMITTED, not REPEATABLE READ: the snapshot of a repeatable read would be taken by
    // the statement that waits for the lock, before the writer ahead of it committed.
    exec("BEGIN ISOLATION LEVEL READ COMMITTED");
    try {
        exec(("SELECT pg_advisory_xact_lock(" + std::to_string(kWriterLock) + ")").c_str());
    } catch (const StoreError &) {
        // Not waited for to the end (lock_timeout, a cancel): no transaction is left behind.
        const OwnedResult rollback(PQexec(m_conn, "ROLLBACK"), &PQclear);
        settle(rollback.get());
        if (sessionLost())
            m_inTransaction = false; // nothing of it ran: nothing to end
        throw;
    }
}

bool PgConnection::inTransaction() const
{
    return m_inTransaction;
}

RemoteStatement *PgConnection::checkOut(const char *sql)
{
    const auto it = m_cache.find(sql);
    if (it != m_cache.end() && !it->second->lent) {
        it->second->lent = true;
        return it->second.get();
    }
    int params = 0;
    std::vector<int> unused;
    std::string translated = translate(sql, &params, &unused);
    // A number the text skips (SQLite lets a statement leave ?5 unused) has no type to infer:
    // it is text, bound or not.
    std::vector<Oid> types(size_t(params), 0);
    for (const int n : unused)
        types[size_t(n - 1)] = kTextOid;
    if (it != m_cache.end()) // lent out: a nested use runs the text on its own
        return new PgStatement(*this, {}, std::move(translated), params, std::move(types));
    ensureSession({});
    auto made = std::make_unique<PgStatement>(*this, "gw" + std::to_string(++m_prepared),
                                              std::move(translated), params, std::move(types));
    made->prepare(); // a statement PostgreSQL refuses is refused here, as SQLite's prepare does
    auto &slot = m_cache[sql];
    slot = std::move(made);
    slot->lent = true;
    return slot.get();
}

void PgConnection::checkIn(RemoteStatement *statement)
{
    auto *s = static_cast<PgStatement *>(statement);
    s->reset();
    if (s->cached())
        s->lent = false;
    else
        delete s; // a nested use's own
}

QString PgConnection::describe() const
{
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(QString::fromUtf8(PQuser(m_conn)), QString::fromUtf8(PQhost(m_conn)),
             QString::fromUtf8(PQport(m_conn)), QString::fromUtf8(PQdb(m_conn)));
}

std::string PgConnection::translate(std::string_view sql, int *params, std::vector<int> *unused)
{
    std::string out;
    out.reserve(sql.size() + 8);
    int highest = 0;
    std::vector<bool> seen;
    for (size_t i = 0; i < sql.size();) {
        const char c = sql[i];
        if (c == '\'' || c == '"') { // a literal or a quoted name, as it is ('' and "" inside)
            const size_t end = sql.find(c, i + 1);
            const size_t stop = end == std::string_view::npos ? sql.size() : end + 1;
            out.append(sql.substr(i, stop - i));
            i = stop;
        } else if (c == '-' && i + 1 < sql.size() && sql[i + 1] == '-') {
            const size_t end = sql.find('\n', i);
            const size_t stop = end == std::string_view::npos ? sql.size() : end;
            out.append(sql.substr(i, stop - i));
            i = stop;
        } else if (c == '/' && i + 1 < sql.size() && sql[i + 1] == '*') {
            const size_t end = sql.find("*/", i + 2);
            const size_t stop = end == std::string_view::npos ? sql.size() : end + 2;
            out.append(sql.substr(i, stop - i));
            i = stop;
        } else if (c == '?') {
            size_t j = i + 1;
            int n = 0;
            while (j < sql.size() && sql[j] >= '0' && sql[j] <= '9')
                n = n * 10 + (sql[j++] - '0');
            if (j == i + 1)
                n = highest + 1; // a bare ? is the next number, as in SQLite
            highest = std::max(highest, n);
            if (size_t(n) >= seen.size())
                seen.resize(size_t(n) + 1);
            seen[size_t(n)] = true;
            out += '$';
            out += std::to_string(n);
            i = j;
        } else {
            out += c;
            ++i;
        }
    }
    *params = highest;
    if (unused) {
        unused->clear();
        for (int n = 1; n <= highest; ++n)
            if (!seen[size_t(n)])
                unused->push_back(n);
    }
    return out;
}

std::string PgConnection::schemaSql(std::string_view sqlite)
{
    struct Rule
    {
        std::regex from;
        const char *to;
    };
    static const std::vector<Rule> rules = [] {
        const auto icase = std::regex::ECMAScript | std::regex::icase;
        return std::vector<Rule>{
            {std::regex(R"(\bINTEGER\s+PRIMARY\s+KEY\s+AUTOINCREMENT\b)", icase),
             "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"},
            {std::regex(R"(\bINTEGER\b)", icase), "BIGINT"},
            {std::regex(R"(\bBLOB\b)", icase), "BYTEA"},
            {std::regex(R"(\)\s*WITHOUT\s+ROWID)", icase), ")"},
            {std::regex(R"(\bx'')", icase), "''::bytea"},
            {std::regex(R"(date\('now',\s*'localtime'\))", icase),
             "to_char(CURRENT_DATE, 'YYYY-MM-DD')"},
        };
    }();
    std::string out(sqlite);
    for (const Rule &r : rules)
        out = std::regex_replace(out, r.from, r.to);
    return out;
}

} // namespace gw::server
