// The history store on a real SQLite file (its schema and migrations: tst_historyschema):
// the first-bucket rule (no zeros before the first bucket the service
// ever returned), the settle rule, upserts, identities by keyed hash, the account cache,
// alerts, clearing, and its faults: a damaged file moved aside, a read-only folder, a
// full disk, a missing driver, and no secret anywhere in the file.

#include "historyalertmemory.h"
#include "historystore.h"
#include "sandboxfixture.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

#include <unistd.h>

using namespace geobox;
using namespace std::chrono_literals;

namespace {

const QDateTime kDay0(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc());
const HistoryScope kScope{QStringLiteral("http://127.0.0.1:9"), 7};

// Day buckets from kDay0 with these values.
QList<UsageBucket> days(const QList<qint64> &values, int offset = 0)
{
    QList<UsageBucket> out;
    for (int i = 0; i < values.size(); ++i)
        out.append({kDay0.addDays(offset + i), kDay0.addDays(offset + i + 1), values[i]});
    return out;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Every byte the store left on disk: the file, its write-ahead log and shared memory.
QByteArray storeBytes(const QString &path)
{
    return fileBytes(path) + fileBytes(path + QStringLiteral("-wal")) +
           fileBytes(path + QStringLiteral("-shm"));
}

bool mountTmpfs(const QString &place, const QString &options)
{
    return QProcess::execute(QStringLiteral("mount"),
                             {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                              options, QStringLiteral("tmpfs"), place}) == 0;
}

} // namespace

class TestHistoryStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstBucketRule_data();
    void firstBucketRule();
    void settleRule_data();
    void settleRule();
    void laterAnswerReplacesBucket();
    void extremeValuesRoundTrip_data();
    void extremeValuesRoundTrip();
    void identitiesAreKeyedHashes();
    void accountAndSummaryCache();
    void alertsFireOncePerPeriod();
    void clearForgetsEverything();
    void noSecretInTheFile();
    void garbageFileIsMovedAside();
    void readOnlyFolderMeansNoHistory();
    void fullDiskClosesTheStoreOnce();
    void missingDriverMeansNoHistory();

private:
    QTemporaryDir m_dir;
    QString path(const QString &name = QStringLiteral("history.sqlite")) const
    {
        return m_dir.filePath(name);
    }
    int m_files = 0;
    QString freshPath() { return path(QStringLiteral("h%1.sqlite").arg(++m_files)); }
};

void TestHistoryStore::firstBucketRule_data()
{
    QTest::addColumn<QList<qint64>>("first"); // an answer from kDay0 on
    QTest::addColumn<int>("secondOffset");    // a later answer, from kDay0 + offset
    QTest::addColumn<QList<qint64>>("second");
    QTest::addColumn<int>("storedFrom"); // the first day stored, from kDay0
    QTest::addColumn<int>("storedCount");

    QTest::newRow("leading empty days are unknown")
        << QList<qint64>{0, 0, 0, 5, 0, 7, 0} << 0 << QList<qint64>{} << 3 << 4;
    QTest::newRow("nothing returned: nothing stored")
        << QList<qint64>{0, 0, 0, 0} << 0 << QList<qint64>{} << 0 << 0;
    QTest::newRow("an empty later range after the first bucket is zeros")
        << QList<qint64>{0, 4, 0} << 3 << QList<qint64>{0, 0, 0} << 1 << 5;
    // The first answer's empty days 0-3 were not kept then (before the first bucket):
    // they stay unknown, and are asked again on the next read.
    QTest::newRow("an earlier answer moves the first bucket back")
        << QList<qint64>{0, 0, 0, 0, 9} << -5 << QList<qint64>{0, 0, 3, 0, 0} << -3 << 4;
    QTest::newRow("an earlier empty answer stays unknown")
        << QList<qint64>{2, 0} << -4 << QList<qint64>{0, 0, 0, 0} << 0 << 2;
}

void TestHistoryStore::firstBucketRule()
{
    QFETCH(QList<qint64>, first);
    QFETCH(int, secondOffset);
    QFETCH(QList<qint64>, second);
    QFETCH(int, storedFrom);
    QFETCH(int, storedCount);
    HistoryStore store(freshPath());
    const QString account = QStringLiteral("account");
    const QDateTime fetched = kDay0.addDays(30);
    QVERIFY(store.storeSeries(kScope, account, Scale::Day, Metric::Calls, days(first), kDay0,
                              kDay0.addDays(first.size()), fetched));
    if (!second.isEmpty()) {
        QVERIFY(store.storeSeries(kScope, account, Scale::Day, Metric::Calls,
                                  days(second, secondOffset), kDay0.addDays(secondOffset),
                                  kDay0.addDays(secondOffset + second.size()), fetched));
    }
    const StoredSeries s = store.series(kScope, account, Scale::Day, Metric::Calls,
                                        kDay0.addDays(-30), kDay0.addDays(30));
    QCOMPARE(s.buckets.size(), storedCount);
    if (storedCount > 0) {
        QCOMPARE(s.buckets.first().start(), kDay0.addDays(storedFrom));
        QCOMPARE(s.firstBucket, kDay0.addDays(storedFrom));
    } else {
        QVERIFY(!s.firstBucket.isValid());
    }
    // Another metric or scale of the same resource knows nothing of it.
    QVERIFY(store
                .series(kScope, account, Scale::Day, Metric::Traffic, kDay0.addDays(-30),
                        kDay0.addDays(30))
                .buckets.isEmpty());
    QVERIFY(store
                .series({kScope.server, 8}, account, Scale::Day, Metric::Calls, kDay0.addDays(-30),
                        kDay0.addDays(30))
                .buckets.isEmpty());
}

void TestHistoryStore::settleRule_data()
{
    QTest::addColumn<int>("settleHours");
    QTest::addColumn<int>("endedHoursBeforeFetch"); // negative: still running at the fetch
    QTest::addColumn<bool>("final");
    QTest::newRow("default, ended 49 h before") << 48 << 49 << true;
    QTest::newRow("default, ended exactly 48 h before") << 48 << 48 << true;
    QTest::newRow("default, ended 47 h before") << 48 << 47 << false;
    QTest::newRow("default, running") << 48 << -3 << false;
    QTest::newRow("1 h, ended 2 h before") << 1 << 2 << true;
    QTest::newRow("0 h, ended at the fetch") << 0 << 0 << true;
    QTest::newRow("0 h, running") << 0 << -1 << false;
}

void TestHistoryStore::settleRule()
{
    QFETCH(int, settleHours);
    QFETCH(int, endedHoursBeforeFetch);
    QFETCH(bool, final);
    HistoryStore store(freshPath());
    store.setSettleTime(std::chrono::hours(settleHours));
    const QList<UsageBucket> b = days({5});
    const QDateTime fetched = b.first().end.addSecs(3600LL * endedHoursBeforeFetch);
    QVERIFY(store.storeSeries(kScope, QStringLiteral("account"), Scale::Day, Metric::Calls, b,
                              kDay0, kDay0.addDays(1), fetched));
    const StoredSeries s = store.series(kScope, QStringLiteral("account"), Scale::Day,
                                        Metric::Calls, kDay0, kDay0.addDays(1));
    QCOMPARE(s.buckets.size(), 1);
    QCOMPARE(s.buckets.first().fetchedAt(), fetched);
    QCOMPARE(s.buckets.first().isFinal(store.settleTime()), final);
}

void TestHistoryStore::laterAnswerReplacesBucket()
{
    HistoryStore store(freshPath());
    const QString key = QStringLiteral("key-id:3");
    QVERIFY(store.storeSeries(kScope, key, Scale::Hour, Metric::Traffic, days({10, 20}), kDay0,
                              kDay0.addDays(2), kDay0.addDays(1)));
    QVERIFY(store.storeSeries(kScope, key, Scale::Hour, Metric::Traffic, days({25}, 1),
                              kDay0.addDays(1), kDay0.addDays(2), kDay0.addDays(5)));
    const StoredSeries s =
        store.series(kScope, key, Scale::Hour, Metric::Traffic, kDay0, kDay0.addDays(2));
    QCOMPARE(s.buckets.size(), 2);
    QCOMPARE(s.buckets[0].value, 10);
    QCOMPARE(s.buckets[1].value, 25);
    QCOMPARE(s.buckets[1].fetchedAt(), kDay0.addDays(5));
}

// The rows are packed into fixed-width fields for one statement: the widest numbers (the
// largest count, a bucket before 1970) and a long series come back unchanged.
void TestHistoryStore::extremeValuesRoundTrip_data()
{
    QTest::addColumn<qint64>("spacing");
    QTest::newRow("hours end to end (the times are counted)") << qint64(3600);
    QTest::newRow("an hour every two (the times are sent)") << qint64(7200);
}

void TestHistoryStore::extremeValuesRoundTrip()
{
    QFETCH(qint64, spacing);
    HistoryStore store(freshPath());
    const QDateTime before1970(QDate(1969, 12, 31), QTime(22, 0), QTimeZone::utc());
    QList<UsageBucket> b;
    for (int i = 0; i < 3000; ++i)
        b.append({before1970.addSecs(spacing * i), before1970.addSecs(spacing * i + 3600),
                  i == 0 ? std::numeric_limits<qint64>::max() : (i * 7919LL) % 100003});
    QVERIFY(store.storeSeries(kScope, QStringLiteral("user:7"), Scale::Hour, Metric::Calls, b,
                              b.first().start, b.last().end, b.last().end.addDays(3)));
    const StoredSeries s = store.series(kScope, QStringLiteral("user:7"), Scale::Hour,
                                        Metric::Calls, b.first().start, b.last().end);
    QCOMPARE(s.buckets.size(), b.size());
    for (qsizetype i = 0; i < b.size(); ++i) {
        QCOMPARE(s.buckets[i].start(), b[i].start);
        QCOMPARE(s.buckets[i].end(), b[i].end);
        QCOMPARE(s.buckets[i].value, b[i].value);
    }
    QCOMPARE(s.buckets.first().startSecs, -7200);
}

void TestHistoryStore::identitiesAreKeyedHashes()
{
    const QString file = freshPath();
    const QString key = testing::randomSecret();
    const QString token = testing::randomSecret(60);
    const QString password = testing::randomSecret(16);
    HistoryStore store(file);
    const QString server = kScope.server;
    QVERIFY(!store.userForCredentials(server, Credentials::apiKey(key)));
    store.rememberCredentials(server, Credentials::apiKey(key), 7);
    store.rememberCredentials(server, Credentials::accessToken(token), 8);
    store.rememberCredentials(server,
                              Credentials::usernamePassword(QStringLiteral("ana"), password), 7);
    QCOMPARE(store.userForCredentials(server, Credentials::apiKey(key)), std::optional<qint64>(7));
    QCOMPARE(store.userForCredentials(server, Credentials::accessToken(token)),
             std::optional<qint64>(8));
    // The user name says whose history it is, whatever the password.
    QCOMPARE(store.userForCredentials(
                 server, Credentials::usernamePassword(QStringLiteral("ana"), QStringLiteral("x"))),
             std::optional<qint64>(7));
    QVERIFY(!store.userForCredentials(server, Credentials::apiKey(testing::randomSecret())));
    QVERIFY(!store.userForCredentials(QStringLiteral("https://other"), Credentials::apiKey(key)));
    // A token is not a key with the same text.
    QVERIFY(!store.userForCredentials(server, Credentials::accessToken(key)));

    // The salt is the store's own: another store keeps another hash for the same key.
    HistoryStore other(freshPath());
    other.rememberCredentials(server, Credentials::apiKey(key), 7);
    auto identities = [](const QString &name) {
        QStringList out;
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("id"));
        d.setDatabaseName(name);
        if (d.open()) {
            QSqlQuery q(d);
            q.exec(QStringLiteral("SELECT identity FROM identities ORDER BY user_id"));
            while (q.next())
                out.append(q.value(0).toString());
        }
        d.close();
        d = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("id"));
        return out;
    };
    const QStringList mine = identities(file);
    const QStringList theirs = identities(other.path());
    QCOMPARE(mine.size(), 3);
    QCOMPARE(theirs.size(), 1);
    QVERIFY(!mine.contains(theirs.first()));
    QCOMPARE(theirs.first().size(), 64); // SHA-256 in hex
}

void TestHistoryStore::accountAndSummaryCache()
{
    HistoryStore store(freshPath());
    User me;
    me.id = 7;
    me.username = QStringLiteral("ana");
    me.firstName = QStringLiteral("Ana");
    me.role = QStringLiteral("Account Admin");
    Plan plan;
    plan.raw = QJsonObject{{QStringLiteral("id"), 3},
                           {QStringLiteral("name"), QStringLiteral("pro")},
                           {QStringLiteral("daily_api_calls"), 1000}};
    me.plan = plan;
    me.expirationDate = QDateTime(QDate(2027, 1, 1), QTime(0, 0), QTimeZone::utc());
    const QList<ApiKey> keys{{11, QStringLiteral("Web map"), testing::randomSecret(), false},
                             {12, QStringLiteral("Old"), testing::randomSecret(), true}};
    store.storeAccount(kScope.server, me, keys);
    const std::optional<User> back = store.user(kScope);
    QVERIFY(back);
    QCOMPARE(back->username, me.username);
    QCOMPARE(back->firstName, me.firstName);
    QCOMPARE(back->role, me.role);
    QCOMPARE(back->expirationDate, me.expirationDate);
    QVERIFY(back->plan);
    QCOMPARE(back->plan->name, QStringLiteral("pro"));
    QCOMPARE(back->plan->dailyApiCalls, 1000);
    const QList<ApiKey> kept = store.apiKeys(kScope);
    QCOMPARE(kept.size(), 2);
    QCOMPARE(kept[0].id, 11);
    QCOMPARE(kept[0].name, QStringLiteral("Web map"));
    QVERIFY(kept[0].key.isEmpty()); // never the secret
    QCOMPARE(kept[1].revoked, true);

    UsageSummary summary;
    summary.dailyApiCalls = 15;
    summary.maxDailyApiCalls = 100;
    summary.monthlyProcess = 62;
    summary.remainingDays = 12;
    QVERIFY(!store.summary(kScope, QStringLiteral("account")));
    store.storeSummary(kScope, QStringLiteral("account"), summary, kDay0);
    const std::optional<StoredSummary> s = store.summary(kScope, QStringLiteral("account"));
    QVERIFY(s);
    QCOMPARE(s->summary, summary);
    QCOMPARE(s->fetchedAt, kDay0);
    QVERIFY(!store.summary(kScope, QStringLiteral("user:9")));
}

void TestHistoryStore::alertsFireOncePerPeriod()
{
    HistoryStore store(freshPath());
    const QString rule = QStringLiteral("monthly-traffic-80");
    QVERIFY(!store.alertFired(kScope, rule, QStringLiteral("2026-03")));
    store.recordAlert(kScope, rule, QStringLiteral("2026-03"), kDay0, QStringLiteral("80%"));
    store.recordAlert(kScope, rule, QStringLiteral("2026-03"), kDay0.addDays(1),
                      QStringLiteral("95%")); // already fired: kept as it was
    QVERIFY(store.alertFired(kScope, rule, QStringLiteral("2026-03")));
    QVERIFY(!store.alertFired(kScope, rule, QStringLiteral("2026-04")));
    QVERIFY(!store.alertFired({kScope.server, 8}, rule, QStringLiteral("2026-03")));
    QVERIFY(!store.alertFired(kScope, QStringLiteral("other"), QStringLiteral("2026-03")));
    // Taken back (it was not delivered): only that period of that rule, for that user.
    store.recordAlert(kScope, rule, QStringLiteral("2026-04"), kDay0, QStringLiteral("80%"));
    store.recordAlert({kScope.server, 8}, rule, QStringLiteral("2026-03"), kDay0,
                      QStringLiteral("80%"));
    store.forgetAlert(kScope, rule, QStringLiteral("2026-03"));
    QVERIFY(!store.alertFired(kScope, rule, QStringLiteral("2026-03")));
    QVERIFY(store.alertFired(kScope, rule, QStringLiteral("2026-04")));
    QVERIFY(store.alertFired({kScope.server, 8}, rule, QStringLiteral("2026-03")));
    HistoryAlertMemory memory(&store, kScope);
    QVERIFY(memory.remember(rule, QStringLiteral("2026-05"), kDay0, AlertLevel::Warning));
    memory.forget(rule, QStringLiteral("2026-05"));
    QVERIFY(!memory.hasFired(rule, QStringLiteral("2026-05")));
}

void TestHistoryStore::clearForgetsEverything()
{
    HistoryStore store(freshPath());
    const QString key = testing::randomSecret();
    QVERIFY(store.storeSeries(kScope, QStringLiteral("account"), Scale::Day, Metric::Calls,
                              days({1, 2, 3}), kDay0, kDay0.addDays(3), kDay0.addDays(9)));
    store.rememberCredentials(kScope.server, Credentials::apiKey(key), 7);
    store.recordAlert(kScope, QStringLiteral("r"), QStringLiteral("p"), kDay0, QStringLiteral("l"));
    QVERIFY(store.clear());
    QVERIFY(store.isOpen());
    QVERIFY(store
                .series(kScope, QStringLiteral("account"), Scale::Day, Metric::Calls, kDay0,
                        kDay0.addDays(3))
                .buckets.isEmpty());
    QVERIFY(!store.userForCredentials(kScope.server, Credentials::apiKey(key)));
    QVERIFY(!store.alertFired(kScope, QStringLiteral("r"), QStringLiteral("p")));
    QVERIFY(store.integrityOk());
}

void TestHistoryStore::noSecretInTheFile()
{
    const QString file = freshPath();
    const QString key = testing::randomSecret();
    const QString token = testing::randomSecret(60);
    const QString password = testing::randomSecret(16);
    {
        HistoryStore store(file);
        store.rememberCredentials(kScope.server, Credentials::apiKey(key), 7);
        store.rememberCredentials(kScope.server, Credentials::accessToken(token), 7);
        store.rememberCredentials(
            kScope.server, Credentials::usernamePassword(QStringLiteral("ana"), password), 7);
        User me;
        me.id = 7;
        me.username = QStringLiteral("ana");
        store.storeAccount(kScope.server, me, {{11, QStringLiteral("Web"), key, false}});
        QVERIFY(store.storeSeries(kScope, QStringLiteral("key-id:11"), Scale::Day, Metric::Calls,
                                  days({4, 5}), kDay0, kDay0.addDays(2), kDay0.addDays(9)));
        const QByteArray open = storeBytes(file);
        QVERIFY(open.contains("Web")); // the grep sees what is there
        for (const QString &secret : {key, token, password}) {
            QVERIFY(!open.contains(secret.toUtf8()));
            QVERIFY(!open.contains(secret.toUtf8().toHex()));
        }
    }
    const QByteArray closed = storeBytes(file);
    for (const QString &secret : {key, token, password})
        QVERIFY(!closed.contains(secret.toUtf8()));
}

void TestHistoryStore::garbageFileIsMovedAside()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("history.sqlite"));
    QByteArray garbage;
    for (int i = 0; i < 4096; ++i)
        garbage.append(char((i * 131 + 7) % 251));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(garbage);
    }
    const QString aside =
        file + QStringLiteral(".corrupt-") + QDate::currentDate().toString(Qt::ISODate);
    {
        HistoryStore store(file);
        QVERIFY(store.isOpen());
        QVERIFY(store.notice().contains(QDir::toNativeSeparators(aside)));
        QVERIFY(!store.takeNotice().isEmpty());
        QVERIFY(store.notice().isEmpty()); // told once
        QVERIFY(store.storeSeries(kScope, QStringLiteral("account"), Scale::Day, Metric::Calls,
                                  days({1}), kDay0, kDay0.addDays(1), kDay0.addDays(9)));
        QVERIFY(store.integrityOk());
    }
    QCOMPARE(fileBytes(aside), garbage);
    HistoryStore again(file);
    QVERIFY(again.isOpen());
    QVERIFY(again.notice().isEmpty()); // the new store is fine: nothing more to say
    QCOMPARE(again
                 .series(kScope, QStringLiteral("account"), Scale::Day, Metric::Calls, kDay0,
                         kDay0.addDays(1))
                 .buckets.size(),
             1);
}

void TestHistoryStore::readOnlyFolderMeansNoHistory()
{
    QTemporaryDir dir;
    const QString place = dir.filePath(QStringLiteral("ro"));
    QVERIFY(QDir().mkpath(place));
    const bool root = ::geteuid() == 0;
    if (root) {
        // Root ignores a directory's mode: a read-only file system instead.
        if (!mountTmpfs(place, QStringLiteral("size=64k,ro")))
            QSKIP("cannot mount a read-only tmpfs here");
    } else {
        QVERIFY(QFile::setPermissions(place, QFile::ReadOwner | QFile::ExeOwner));
    }
    const QString file = QDir(place).filePath(QStringLiteral("history.sqlite"));
    {
        HistoryStore store(file);
        QVERIFY(!store.isOpen());
        QVERIFY(store.notice().contains(QStringLiteral("cannot be written")));
        QVERIFY(!store.storeSeries(kScope, QStringLiteral("account"), Scale::Day, Metric::Calls,
                                   days({1}), kDay0, kDay0.addDays(1), kDay0));
        QVERIFY(store
                    .series(kScope, QStringLiteral("account"), Scale::Day, Metric::Calls, kDay0,
                            kDay0.addDays(1))
                    .buckets.isEmpty());
    }
    if (root)
        QCOMPARE(QProcess::execute(QStringLiteral("umount"), {place}), 0);
    else
        QFile::setPermissions(place, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void TestHistoryStore::fullDiskClosesTheStoreOnce()
{
    if (::geteuid() != 0)
        QSKIP("needs root to mount a small file system");
    QTemporaryDir dir;
    const QString place = dir.filePath(QStringLiteral("small"));
    QVERIFY(QDir().mkpath(place));
    if (!mountTmpfs(place, QStringLiteral("size=256k")))
        QSKIP("cannot mount a small tmpfs here");
    {
        HistoryStore store(QDir(place).filePath(QStringLiteral("history.sqlite")));
        QVERIFY2(store.isOpen(), qPrintable(store.notice()));
        QSignalSpy closed(&store, &HistoryStore::closedOnError);
        // A year of hours is far more than 256 kB.
        QList<UsageBucket> hours;
        for (int i = 0; i < 8784; ++i)
            hours.append({kDay0.addSecs(3600LL * i), kDay0.addSecs(3600LL * (i + 1)), 1000 + i});
        QVERIFY(!store.storeSeries(kScope, QStringLiteral("account"), Scale::Hour, Metric::Calls,
                                   hours, kDay0, hours.last().end, hours.last().end));
        QCOMPARE(closed.size(), 1);
        QVERIFY(!store.isOpen());
        QVERIFY(store.notice().contains(QStringLiteral("cannot be written")));
        QVERIFY(!store.storeSeries(kScope, QStringLiteral("account"), Scale::Hour, Metric::Calls,
                                   hours.mid(0, 2), kDay0, kDay0.addDays(1), kDay0));
        QCOMPARE(closed.size(), 1); // said once
    }
    QCOMPARE(QProcess::execute(QStringLiteral("umount"), {place}), 0);
}

void TestHistoryStore::missingDriverMeansNoHistory()
{
    const QString file = freshPath();
    HistoryStore store(file, nullptr, QStringLiteral("QNOSUCHDRIVER"));
    QVERIFY(!store.isOpen());
    QVERIFY(store.notice().contains(QStringLiteral("libqt6sql6-sqlite")));
    QVERIFY(!store.storeSeries(kScope, QStringLiteral("account"), Scale::Day, Metric::Calls,
                               days({1}), kDay0, kDay0.addDays(1), kDay0));
    QVERIFY(!store.userForCredentials(kScope.server, Credentials::apiKey(QStringLiteral("k"))));
    QVERIFY(!QFile::exists(file));
}

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
