// HistoryStore: opening the file (driver, folder, a damaged file moved aside, WAL, busy
// timeout), the schema and its migrations, and the usage buckets. The account, the
// identities and the alerts are in historystorerecords.cpp.

#include "historystore.h"

#include "historyschema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimeZone>
#include <QVariant>

#include <algorithm>
#include <atomic>
#include <charconv>
#include <cstring>

namespace geobox {

namespace {

// SQLite's result codes for "file is not a database" and "database disk image is malformed".
bool isDamaged(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("26") || code == QLatin1String("11");
}

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("geobox-history-%1").arg(++counter);
}

qint64 seconds(const QDateTime &t)
{
    return t.toSecsSinceEpoch();
}

QDateTime fromSeconds(qint64 s)
{
    return QDateTime::fromSecsSinceEpoch(s, QTimeZone::utc());
}

// A stored row as packed for storeSeries: three fields of 20 characters (a qint64 has at
// most 19 digits and a sign).
constexpr int kPackedField = 20;
constexpr int kPackedRow = 3 * kPackedField;

} // namespace

HistoryStore::HistoryStore(const QString &path, QObject *parent, const QString &driver)
    : QObject(parent)
    , m_path(path)
    , m_connection(nextConnectionName())
{
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        m_notice = tr("History is off: Qt's SQLite driver is not installed (on Debian, the "
                      "package libqt6sql6-sqlite).");
        return;
    }
    QSqlDatabase::addDatabase(driver, m_connection);
    m_open = openFile(true);
}

HistoryStore::~HistoryStore()
{
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase d = QSqlDatabase::database(m_connection, false);
            d.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString HistoryStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/history.sqlite");
}

QSqlDatabase HistoryStore::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool HistoryStore::openFile(bool allowMoveAside)
{
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        m_notice = tr("History is off: the folder %1 cannot be made.")
                       .arg(QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    QSqlDatabase d = db();
    d.setDatabaseName(m_path);
    d.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=15000"));
    auto cannotWrite = [&](const QString &why) {
        d.close();
        m_notice = tr("History is off: %1 cannot be written (%2). Figures are still shown, "
                      "but not kept.")
                       .arg(QDir::toNativeSeparators(m_path), why);
        return false;
    };
    if (!d.open())
        return cannotWrite(d.lastError().databaseText());

    QSqlQuery probe(d);
    if (!probe.exec(QStringLiteral("PRAGMA user_version")) || !probe.next()) {
        const QSqlError error = probe.lastError();
        probe.finish();
        if (!isDamaged(error) || !allowMoveAside)
            return cannotWrite(error.databaseText());
        d.close();
        const QString day = QDate::currentDate().toString(Qt::ISODate);
        QString aside = m_path + QStringLiteral(".corrupt-") + day;
        for (int n = 2; QFile::exists(aside); ++n)
            aside = m_path + QStringLiteral(".corrupt-%1-%2").arg(day).arg(n);
        if (!QFile::rename(m_path, aside))
            return cannotWrite(tr("it is damaged and cannot be moved aside"));
        QFile::remove(m_path + QStringLiteral("-wal"));
        QFile::remove(m_path + QStringLiteral("-shm"));
        if (!openFile(false))
            return false;
        m_notice = tr("The history file could not be read; it was moved aside as %1 and a new "
                      "history was started.")
                       .arg(QDir::toNativeSeparators(aside));
        return true;
    }
    const int version = probe.value(0).toInt();
    probe.finish();
    if (version > kSchemaVersion) {
        d.close();
        m_notice = tr("History is off: %1 was written by a newer version of Geobox Usage.")
                       .arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    QSqlQuery pragma(d);
    if (!pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL")) ||
        !pragma.exec(QStringLiteral("PRAGMA synchronous=NORMAL")) ||
        !pragma.exec(QStringLiteral("PRAGMA cache_size=-16384"))) // 16 MB
        return cannotWrite(pragma.lastError().databaseText());
    pragma.finish();
    if (version < kSchemaVersion && !migrate(d, version, kSchemaVersion))
        return cannotWrite(d.lastError().databaseText());
    return true;
}

bool HistoryStore::migrate(QSqlDatabase &d, int from, int to)
{
    // The write lock first (another process may be making the same file), then the version
    // again, as it is now: a migration another process has done is not done twice.
    QSqlQuery q(d);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return false;
    auto rollback = [&] {
        q.exec(QStringLiteral("ROLLBACK"));
        return false;
    };
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return rollback();
    from = std::max(from, q.value(0).toInt());
    q.finish();
    for (int version = from + 1; version <= to; ++version) {
        for (const QString &statement : historyMigrations().at(version - 1)) {
            if (!q.exec(statement))
                return rollback();
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)))
            return rollback();
    }
    return q.exec(QStringLiteral("COMMIT"));
}

bool HistoryStore::createAtVersion(const QString &path, int version)
{
    const QString name = nextConnectionName();
    bool ok = false;
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        d.setDatabaseName(path);
        ok = d.open() && migrate(d, 0, std::clamp(version, 0, kSchemaVersion));
        d.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

int HistoryStore::schemaVersion() const
{
    if (!m_open)
        return 0;
    QSqlQuery q(db());
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : 0;
}

bool HistoryStore::integrityOk() const
{
    if (!m_open)
        return false;
    QSqlQuery q(db());
    return q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next() &&
           q.value(0).toString() == QLatin1String("ok");
}

qint64 HistoryStore::sizeOnDisk() const
{
    return QFileInfo(m_path).size() + QFileInfo(m_path + QStringLiteral("-wal")).size();
}

bool HistoryStore::execSql(const QString &sql) const
{
    QSqlQuery q(db());
    return q.exec(sql);
}

void HistoryStore::failWrite(const QString &what)
{
    QSqlDatabase d = db();
    d.rollback();
    d.close();
    m_open = false;
    m_notice = tr("History is off: %1 cannot be written (%2). Figures are still shown, but "
                  "not kept.")
                   .arg(QDir::toNativeSeparators(m_path), what);
    Q_EMIT closedOnError(m_notice);
}

StoredSeries HistoryStore::series(const HistoryScope &scope, const QString &resource, Scale scale,
                                  Metric metric, const QDateTime &from, const QDateTime &to) const
{
    StoredSeries out;
    if (!m_open)
        return out;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, first_bucket FROM series WHERE server = ? AND "
                             "user_id = ? AND resource = ? AND scale = ? AND metric = ?"));
    q.addBindValue(scope.server);
    q.addBindValue(scope.userId);
    q.addBindValue(resource);
    q.addBindValue(scaleName(scale));
    q.addBindValue(metricName(metric));
    if (!q.exec() || !q.next())
        return out;
    const qint64 id = q.value(0).toLongLong();
    if (!q.value(1).isNull())
        out.firstBucket = fromSeconds(q.value(1).toLongLong());
    q.finish();
    q.prepare(QStringLiteral("SELECT range_from, fetched_at FROM fetches WHERE series_id = ? "
                             "ORDER BY range_from, fetched_at DESC LIMIT 1"));
    q.addBindValue(id);
    if (q.exec() && q.next()) {
        out.askedFrom = fromSeconds(q.value(0).toLongLong());
        out.askedAt = fromSeconds(q.value(1).toLongLong());
    }
    q.finish();
    q.prepare(QStringLiteral("SELECT bucket_start, bucket_end, value, fetched_at FROM buckets "
                             "WHERE series_id = ? AND bucket_start >= ? AND bucket_start < ? "
                             "ORDER BY bucket_start"));
    q.addBindValue(id);
    q.addBindValue(seconds(from));
    q.addBindValue(seconds(to));
    if (!q.exec())
        return out;
    while (q.next()) {
        out.buckets.append({q.value(0).toLongLong(), q.value(1).toLongLong(),
                            q.value(2).toLongLong(), q.value(3).toLongLong()});
    }
    return out;
}

bool HistoryStore::storeSeries(const HistoryScope &scope, const QString &resource, Scale scale,
                               Metric metric, const QList<UsageBucket> &buckets,
                               const QDateTime &askedFrom, const QDateTime &askedTo,
                               const QDateTime &fetchedAt)
{
    if (!m_open || scale == Scale::Week || !scope.isValid())
        return false;
    QSqlDatabase d = db();
    if (!d.transaction()) {
        failWrite(d.lastError().databaseText());
        return false;
    }
    QSqlQuery q(d);
    auto fail = [&] {
        const QString why = q.lastError().databaseText();
        q.finish();
        failWrite(why);
        return false;
    };
    // A write first, so that the transaction takes the write lock (and waits its turn)
    // before it reads anything.
    q.prepare(QStringLiteral(
        "INSERT INTO series (server, user_id, resource, scale, metric) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (server, user_id, resource, scale, metric) DO NOTHING"));
    const QVariantList key{scope.server, scope.userId, resource, scaleName(scale),
                           metricName(metric)};
    for (const QVariant &v : key)
        q.addBindValue(v);
    if (!q.exec())
        return fail();
    q.prepare(QStringLiteral("SELECT id, first_bucket FROM series WHERE server = ? AND "
                             "user_id = ? AND resource = ? AND scale = ? AND metric = ?"));
    for (const QVariant &v : key)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return fail();
    const qint64 id = q.value(0).toLongLong();
    std::optional<qint64> first;
    if (!q.value(1).isNull())
        first = q.value(1).toLongLong();
    q.finish();

    const auto firstReturned = std::find_if(buckets.begin(), buckets.end(),
                                            [](const UsageBucket &b) { return b.value != 0; });
    if (firstReturned != buckets.end() && (!first || seconds(firstReturned->start) < *first)) {
        first = seconds(firstReturned->start);
        q.prepare(QStringLiteral("UPDATE series SET first_bucket = ? WHERE id = ?"));
        q.addBindValue(*first);
        q.addBindValue(id);
        if (!q.exec())
            return fail();
    }

    QList<const UsageBucket *> rows;
    if (first) {
        for (const UsageBucket &b : buckets) {
            if (seconds(b.start) >= *first)
                rows.append(&b);
        }
    }
    const qint64 fetched = seconds(fetchedAt);
    // The rows go in as one parameter of fixed-width fields (start, end, value: 20
    // characters each, right-aligned) that one statement walks with a recursive count:
    // SQLite parses it once and Qt SQL binds five values, however many rows there are.
    // (Many rows a statement as literals spent three quarters of the time in SQLite's
    // parser; one statement a row, in binding through Qt SQL and in running each one.)
    QByteArray packed(rows.size() * kPackedRow, ' ');
    for (qsizetype i = 0; i < rows.size(); ++i) {
        char *const row = packed.data() + i * kPackedRow;
        const qint64 fields[] = {seconds(rows[i]->start), seconds(rows[i]->end), rows[i]->value};
        for (int f = 0; f < 3; ++f) {
            char digits[kPackedField];
            const auto r = std::to_chars(digits, digits + kPackedField, fields[f]);
            const auto length = r.ptr - digits;
            std::memcpy(row + (f + 1) * kPackedField - length, digits, size_t(length));
        }
    }
    QSqlQuery insert(d);
    insert.setForwardOnly(true);
    bool written =
        rows.isEmpty() ||
        (insert.prepare(QStringLiteral(
            "WITH RECURSIVE r (i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM r WHERE i + 1 < ?) "
            "INSERT INTO buckets (series_id, bucket_start, bucket_end, value, fetched_at) "
            "SELECT ?, CAST(substr(?, i * 60 + 1, 20) AS BIGINT), "
            "CAST(substr(?, i * 60 + 21, 20) AS BIGINT), "
            "CAST(substr(?, i * 60 + 41, 20) AS BIGINT), ? FROM r WHERE 1 = 1 "
            "ON CONFLICT (series_id, bucket_start) DO UPDATE SET "
            "bucket_end = excluded.bucket_end, value = excluded.value, "
            "fetched_at = excluded.fetched_at")));
    if (written && !rows.isEmpty()) {
        insert.addBindValue(rows.size());
        insert.addBindValue(id);
        insert.addBindValue(packed);
        insert.addBindValue(packed);
        insert.addBindValue(packed);
        insert.addBindValue(fetched);
        written = insert.exec();
    }
    if (!written) {
        const QString why = insert.lastError().databaseText();
        insert.finish();
        failWrite(why);
        return false;
    }
    insert.finish();
    q.prepare(QStringLiteral("INSERT INTO fetches (series_id, range_from, range_to, fetched_at) "
                             "VALUES (?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(seconds(askedFrom));
    q.addBindValue(seconds(askedTo));
    q.addBindValue(fetched);
    if (!q.exec())
        return fail();
    q.finish();
    if (!d.commit()) {
        failWrite(d.lastError().databaseText());
        return false;
    }
    return true;
}

} // namespace geobox
