#pragma once
// HistoryStore: the local usage history, one SQLite file through Qt SQL. It is the
// only code that writes SQL. It keeps, per server and user (HistoryScope):
//   - usage buckets by resource ("account", "key-id:12", "user:7": never a secret),
//     scale, metric and bucket start, with when each was fetched (a bucket is final
//     once it had ended more than the settle time before it was fetched), the ranges
//     asked and when, and the first bucket the service ever returned for the series
//     (zeros are stored only from there on: days before it may lie past the service's
//     retention and stay unknown);
//   - the user, the key list (id, name, revoked: no secret) and the last summary;
//   - identities: an HMAC-SHA256 of each credential or user name seen, with a random
//     salt made for this store, mapped to its user id (never the credential itself);
//   - alerts that fired, once per rule and period (for the alert rules).
// The schema is versioned in PRAGMA user_version with one migration per version; the
// file is in WAL mode with a busy timeout, and each series is written in one
// transaction. SQL is kept portable (upserts as INSERT ... ON CONFLICT ... DO UPDATE).
//
// A store that cannot be used (no SQLite driver, a folder that cannot be written, a
// newer schema) is not open: every read answers nothing and every write does nothing,
// and notice() says why, for the user, once. A write that fails later (a full disk)
// closes it the same way. A file that is not a database is moved aside as
// FILE.corrupt-<date> and a new store is made (notice() says so).

#include "credentials.h"
#include "historyscope.h"
#include "usagetypes.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimeZone>

#include <chrono>
#include <optional>
#include <utility>

class QSqlDatabase;
class QSqlQuery;

namespace geobox {

// One bucket as stored, its times in seconds since the epoch (reading a year of hours
// makes no QDateTime it does not need).
struct StoredBucket
{
    qint64 startSecs = 0;
    qint64 endSecs = 0;
    qint64 value = 0;
    qint64 fetchedSecs = 0;

    QDateTime start() const { return QDateTime::fromSecsSinceEpoch(startSecs, QTimeZone::utc()); }
    QDateTime end() const { return QDateTime::fromSecsSinceEpoch(endSecs, QTimeZone::utc()); }
    QDateTime fetchedAt() const
    {
        return QDateTime::fromSecsSinceEpoch(fetchedSecs, QTimeZone::utc());
    }
    // Final: it had ended more than `settle` before it was fetched; never asked again.
    bool isFinal(std::chrono::seconds settle) const
    {
        return endSecs + settle.count() <= fetchedSecs;
    }
};

// What is stored of one series (resource, scale, metric) in a range.
struct StoredSeries
{
    QList<StoredBucket> buckets; // oldest first, only those stored
    // The first bucket the service ever returned for the series; invalid: none yet.
    QDateTime firstBucket;
    // The earliest start of a range ever asked for the series, and when it was asked
    // (invalid: never). Empty buckets from there to the first bucket were asked and came
    // back empty: they stay unknown (they may lie past the service's retention) but are
    // not worth asking again once settled.
    QDateTime askedFrom;
    QDateTime askedAt;
};

// The last summary had for a resource, and when.
struct StoredSummary
{
    UsageSummary summary;
    QDateTime fetchedAt; // UTC
};

class HistoryStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryStore)

public:
    static constexpr int kSchemaVersion = 4;
    static constexpr std::chrono::hours kDefaultSettle{48};

    // Opens (or makes) the store at `path`. `driver` is Qt SQL's driver name; another one
    // than QSQLITE is only for tests (an unavailable driver).
    explicit HistoryStore(const QString &path, QObject *parent = nullptr,
                          const QString &driver = QStringLiteral("QSQLITE"));
    ~HistoryStore() override;

    // history.sqlite under QStandardPaths::AppDataLocation.
    static QString defaultPath();

    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }
    // What the user should be told about the store (moved aside, cannot be written, no
    // driver); empty when there is nothing to say. takeNotice() returns it once.
    QString notice() const { return m_notice; }
    QString takeNotice() { return std::exchange(m_notice, QString()); }
    // The file's size with its write-ahead log, in bytes.
    qint64 sizeOnDisk() const;
    int schemaVersion() const;
    // PRAGMA integrity_check says "ok".
    bool integrityOk() const;

    std::chrono::seconds settleTime() const { return m_settle; }
    void setSettleTime(std::chrono::seconds settle) { m_settle = settle; }

    // Usage buckets of one series whose start lies in [from, to).
    StoredSeries series(const HistoryScope &scope, const QString &resource, Scale scale,
                        Metric metric, const QDateTime &from, const QDateTime &to) const;
    // Stores a series fetched at `fetchedAt` for the asked span [askedFrom, askedTo), in one
    // transaction: the first bucket ever returned moves back to this answer's first
    // non-zero bucket when that is earlier, and the buckets from the first one on are
    // stored (replacing what was there). False when it could not be written.
    bool storeSeries(const HistoryScope &scope, const QString &resource, Scale scale, Metric metric,
                     const QList<UsageBucket> &buckets, const QDateTime &askedFrom,
                     const QDateTime &askedTo, const QDateTime &fetchedAt);

    // The user id a credential (or, for a username and password, the user name) was
    // seen with on `server`; nullopt when never seen.
    std::optional<qint64> userForCredentials(const QString &server,
                                             const Credentials &credentials) const;
    void rememberCredentials(const QString &server, const Credentials &credentials, qint64 userId);

    // The user and the key list as last seen (keys without their secret).
    void storeAccount(const QString &server, const User &user, const QList<ApiKey> &keys);
    std::optional<User> user(const HistoryScope &scope) const;
    QList<ApiKey> apiKeys(const HistoryScope &scope) const;
    void storeSummary(const HistoryScope &scope, const QString &resource,
                      const UsageSummary &summary, const QDateTime &fetchedAt);
    std::optional<StoredSummary> summary(const HistoryScope &scope, const QString &resource) const;

    // Alerts, once per rule and period: `periodKey` names the period the rule counts over
    // ("2026-12-01" for a day, "2026-12" for a month), `level` what fired ("80%").
    bool alertFired(const HistoryScope &scope, const QString &ruleId,
                    const QString &periodKey) const;
    void recordAlert(const HistoryScope &scope, const QString &ruleId, const QString &periodKey,
                     const QDateTime &firedAt, const QString &level);
    // Takes a recorded alert back (it was not delivered): the next evaluation may fire it.
    void forgetAlert(const HistoryScope &scope, const QString &ruleId, const QString &periodKey);

    // Forgets everything kept (usage, account, identities, alerts); the salt is made anew.
    bool clear();

    // For the migration tests: makes a store at schema `version` (1 .. kSchemaVersion).
    static bool createAtVersion(const QString &path, int version);

Q_SIGNALS:
    // The store stopped being usable (e.g. the disk is full); `notice` says so for the user.
    void closedOnError(const QString &notice);

private:
    bool openFile(bool allowMoveAside);
    bool execSql(const QString &sql) const;
    void failWrite(const QString &what);
    QString salt();
    QString identityHash(const QString &salt, const Credentials &credentials) const;
    static bool migrate(QSqlDatabase &db, int from, int to);
    QSqlDatabase db() const;

    QString m_path;
    QString m_connection;
    bool m_open = false;
    QString m_notice;
    std::chrono::seconds m_settle = kDefaultSettle;
};

} // namespace geobox
