// The history store's schema on a real SQLite file: a fresh store is at the latest version
// in WAL mode, every earlier version migrates to it with its buckets kept (and the buckets
// clustered by their key from version 4 on), and a newer schema is left alone.

#include "historyschema.h"
#include "historystore.h"
#include "sandboxfixture.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace geobox;

namespace {

const QDateTime kDay0(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc());
const HistoryScope kScope{QStringLiteral("http://127.0.0.1:9"), 7};

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A connection of its own on a store's file, beside (or without) a HistoryStore.
class Peek final
{
    Q_DISABLE_COPY_MOVE(Peek)

public:
    explicit Peek(const QString &file)
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kName);
        d.setDatabaseName(file);
        m_open = d.open();
    }
    ~Peek()
    {
        QSqlDatabase::database(kName, false).close();
        QSqlDatabase::removeDatabase(kName);
    }
    bool isOpen() const { return m_open; }
    // The first column of the first row `sql` answers; invalid when it fails or has none.
    QVariant value(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(kName, false));
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }
    bool exec(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(kName, false));
        return q.exec(sql);
    }

private:
    static inline const QString kName = QStringLiteral("peek");
    bool m_open = false;
};

} // namespace

class TestHistorySchema final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freshStoreIsAtTheLatestVersionInWal();
    void migratesFromEveryEarlierVersion_data();
    void migratesFromEveryEarlierVersion();
    void newerSchemaIsLeftAlone();

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("h%1.sqlite").arg(++m_files)); }
};

void TestHistorySchema::freshStoreIsAtTheLatestVersionInWal()
{
    const QString file = freshPath();
    HistoryStore store(file);
    QVERIFY(store.isOpen());
    QVERIFY(store.notice().isEmpty());
    QCOMPARE(store.schemaVersion(), HistoryStore::kSchemaVersion);
    QCOMPARE(historyMigrations().size(), HistoryStore::kSchemaVersion); // one step per version
    QVERIFY(store.integrityOk());
    const Peek peek(file);
    QVERIFY(peek.isOpen());
    QCOMPARE(peek.value(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    // The buckets are one B-tree clustered by (series, start): there is no rowid.
    QVERIFY(peek.exec(QStringLiteral("SELECT series_id FROM buckets")));
    QVERIFY(!peek.exec(QStringLiteral("SELECT rowid FROM buckets")));
}

void TestHistorySchema::migratesFromEveryEarlierVersion_data()
{
    QTest::addColumn<int>("version");
    for (int v = 0; v < HistoryStore::kSchemaVersion; ++v)
        QTest::addRow("from version %d", v) << v;
}

void TestHistorySchema::migratesFromEveryEarlierVersion()
{
    QFETCH(int, version);
    const QString file = freshPath();
    QVERIFY(HistoryStore::createAtVersion(file, version));
    const qint64 day0 = kDay0.toSecsSinceEpoch();
    if (version >= 1) {
        // A series written by that version survives the migration, every column of it.
        const Peek old(file);
        QVERIFY(old.isOpen());
        QCOMPARE(old.value(QStringLiteral("PRAGMA user_version")).toInt(), version);
        QVERIFY(old.exec(
            QStringLiteral("INSERT INTO series (id, server, user_id, resource, scale, metric, "
                           "first_bucket) "
                           "VALUES (1, 'http://127.0.0.1:9', 7, 'account', 'day', 'calls', %1)")
                .arg(day0)));
        for (int i : {1, 0}) { // not in key order
            QVERIFY(old.exec(QStringLiteral("INSERT INTO buckets VALUES (1, %1, %2, %3, %4)")
                                 .arg(day0 + i * 86400)
                                 .arg(day0 + (i + 1) * 86400)
                                 .arg(42 + i)
                                 .arg(day0 + (9 + i) * 86400)));
        }
    }
    HistoryStore store(file);
    QVERIFY2(store.isOpen(), qPrintable(store.notice()));
    QCOMPARE(store.schemaVersion(), HistoryStore::kSchemaVersion);
    QVERIFY(store.integrityOk());
    const StoredSeries s = store.series(kScope, QStringLiteral("account"), Scale::Day,
                                        Metric::Calls, kDay0, kDay0.addDays(5));
    QCOMPARE(s.buckets.size(), version >= 1 ? 2 : 0);
    for (int i = 0; i < s.buckets.size(); ++i) {
        const StoredBucket &b = s.buckets[i];
        QCOMPARE(b.startSecs, day0 + i * 86400);
        QCOMPARE(b.endSecs, day0 + (i + 1) * 86400);
        QCOMPARE(b.value, 42 + i);
        QCOMPARE(b.fetchedSecs, day0 + (9 + i) * 86400);
    }
    {
        // Version 4 clustered the buckets by their key, on a migrated file as on a fresh one.
        const Peek peek(file);
        QVERIFY(peek.exec(QStringLiteral("SELECT series_id FROM buckets")));
        QVERIFY(!peek.exec(QStringLiteral("SELECT rowid FROM buckets")));
        QVERIFY(!peek.exec(QStringLiteral("SELECT 1 FROM buckets_v4")));
    }
    // What later versions brought works on the migrated file.
    QVERIFY(store.storeSeries(kScope, QStringLiteral("account"), Scale::Day, Metric::Calls,
                              {{kDay0.addDays(1), kDay0.addDays(2), 7}}, kDay0.addDays(1),
                              kDay0.addDays(2), kDay0.addDays(20)));
    QCOMPARE(store
                 .series(kScope, QStringLiteral("account"), Scale::Day, Metric::Calls,
                         kDay0.addDays(1), kDay0.addDays(2))
                 .buckets.value(0)
                 .value,
             7);
    store.recordAlert(kScope, QStringLiteral("daily-calls"), QStringLiteral("2026-03-01"), kDay0,
                      QStringLiteral("80%"));
    QVERIFY(store.alertFired(kScope, QStringLiteral("daily-calls"), QStringLiteral("2026-03-01")));
    store.rememberCredentials(kScope.server, Credentials::apiKey(testing::randomSecret()), 7);
    QVERIFY(store.isOpen());
}

void TestHistorySchema::newerSchemaIsLeftAlone()
{
    const QString file = freshPath();
    QVERIFY(HistoryStore::createAtVersion(file, HistoryStore::kSchemaVersion));
    {
        const Peek newer(file);
        QVERIFY(newer.exec(QStringLiteral("PRAGMA user_version = 99")));
    }
    const QByteArray before = fileBytes(file);
    HistoryStore store(file);
    QVERIFY(!store.isOpen());
    QVERIFY(store.notice().contains(QStringLiteral("newer version")));
    QCOMPARE(fileBytes(file), before);
}

QTEST_GUILESS_MAIN(TestHistorySchema)
#include "tst_historyschema.moc"
