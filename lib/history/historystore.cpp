// HistoryStore: opening the file (driver, folder, a damaged file moved aside, WAL, busy
// timeout), the schema and its migrations. The usage buckets are in
// historystorebuckets.cpp; the account, the identities and the alerts in
// historystorerecords.cpp.

#include "historystore.h"

#include "historyschema.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QTimeZone>
#include <QVariant>

#include <algorithm>
#include <atomic>

namespace geobox {

namespace {

// SQLite's result codes for "file is not a database" and "database disk image is malformed".
bool isDamaged(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("26") || code == QLatin1String("11");
}

// SQLite's "busy" (5) or "locked" (6), plain or extended.
bool isBusy(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    return code == 5 || code == 6;
}

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("geobox-history-%1").arg(++counter);
}

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
    // Two processes making the same new file (the window and the collector) may both ask
    // for WAL at once: each holds a read lock and wants the exclusive one, and SQLite then
    // answers "busy" at once instead of calling the busy handler (it would deadlock). The
    // one that is refused tries again once the other has switched, within the busy timeout.
    QElapsedTimer waited;
    waited.start();
    bool wal = pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    while (!wal && isBusy(pragma.lastError()) && waited.elapsed() < 15000) {
        QThread::msleep(5);
        wal = pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    }
    if (!wal || !pragma.exec(QStringLiteral("PRAGMA synchronous=NORMAL")) ||
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

} // namespace geobox
