// geobox-usage collect and export --offline, run as the user runs them, against
// geobox-sandbox over HTTP and a real history file: collect then export offline gives
// the online bytes; a gap exits 4 naming the days; unknown credentials exit 3; a failed
// resource keeps the others and exits 4; SIGKILL mid-sync leaves a sound store that the
// next run completes; two writers at once never see "database is locked"; a damaged
// file is moved aside and said once; a read-only folder works on without history; and
// no key is ever in the file.

#include "historystore.h"
#include "sandboxfixture.h"

#include <QDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <csignal>
#include <unistd.h>

using namespace geobox;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Rows of a query on the history file, read through a connection of the test's own.
int countRows(const QString &file, const QString &sql)
{
    int n = -1;
    {
        QSqlDatabase d =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        d.setDatabaseName(file);
        d.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (d.open()) {
            QSqlQuery q(d);
            if (q.exec(sql) && q.next())
                n = q.value(0).toInt();
        }
        d.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return n;
}

} // namespace

class TestCollect final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void collectThenExportOffline();
    void offlineGapExitsFourNamingTheDays();
    void unknownCredentialsExitThree();
    void failedResourceKeepsTheOthers();
    void killedMidSyncLeavesSoundStore();
    void twoWritersAtOnce();
    void damagedFileIsMovedAsideOnce();
    void readOnlyFolderWorksOnWithoutHistory();

private:
    QProcess *start(const QStringList &args, const QString &key);
    Run run(const QStringList &args, const QString &key = {});
    QStringList collect(const QString &file, int days = 20) const;
    QStringList exportDays(const QDate &first, const QDate &last) const;

    testing::SandboxFixture m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_file;
    QDate m_today;
};

void TestCollect::initTestCase()
{
    m_sandbox.now = QDateTime(); // the command line reads the real clock: so does the sandbox
    QVERIFY(m_sandbox.start(3, 4));
    m_today = QDateTime::currentDateTimeUtc().date();
}

void TestCollect::init()
{
    m_sandbox.server->clearFaults();
    m_dir = std::make_unique<QTemporaryDir>();
    m_file = m_dir->filePath(QStringLiteral("history.sqlite"));
}

QProcess *TestCollect::start(const QStringList &args, const QString &key)
{
    auto *process = new QProcess(this);
    QProcessEnvironment e;
    e.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
    e.insert(QStringLiteral("HOME"), m_dir->path());
    e.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    e.insert(QStringLiteral("GEOBOX_APIKEY"), key.isEmpty() ? m_sandbox.apiKey : key);
    process->setProcessEnvironment(e);
    process->start(QStringLiteral(GEOBOX_USAGE_BIN), args);
    return process;
}

Run TestCollect::run(const QStringList &args, const QString &key)
{
    QProcess *process = start(args, key);
    if (!QTest::qWaitFor([&] { return process->state() == QProcess::NotRunning; }, 120000))
        process->kill();
    process->waitForFinished(1000);
    Run r;
    r.exitCode = process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
    r.out = process->readAllStandardOutput();
    r.err = process->readAllStandardError();
    delete process;
    if (r.out.contains(m_sandbox.apiKey.toUtf8()) || r.err.contains(m_sandbox.apiKey.toUtf8()))
        qWarning("a key was printed");
    return r;
}

QStringList TestCollect::collect(const QString &file, int days) const
{
    return {QStringLiteral("collect"),
            QStringLiteral("--server"),
            m_sandbox.url().toString(),
            QStringLiteral("--history"),
            file,
            QStringLiteral("--days"),
            QString::number(days)};
}

QStringList TestCollect::exportDays(const QDate &first, const QDate &last) const
{
    return {QStringLiteral("export"),  QStringLiteral("--server"),  m_sandbox.url().toString(),
            QStringLiteral("--from"),  first.toString(Qt::ISODate), QStringLiteral("--to"),
            last.toString(Qt::ISODate)};
}

void TestCollect::collectThenExportOffline()
{
    const Run collected = run(collect(m_file));
    QCOMPARE(collected.exitCode, 0);
    QCOMPARE(collected.err, QByteArray()); // no terminal: no progress lines
    const QDate first = m_today.addDays(-15);
    const QDate last = m_today.addDays(-3);
    const Run online = run(exportDays(first, last) + QStringList{QStringLiteral("--no-history")});
    QCOMPARE(online.exitCode, 0);
    for (const QString &scale : {QStringLiteral("day"), QStringLiteral("hour"),
                                 QStringLiteral("week"), QStringLiteral("month")}) {
        const QStringList scaled{QStringLiteral("--scale"), scale};
        m_sandbox.server->clearRequests();
        const Run offline =
            run(exportDays(first, last) + scaled +
                QStringList{QStringLiteral("--offline"), QStringLiteral("--history"), m_file});
        QCOMPARE(offline.exitCode, 0);
        QCOMPARE(offline.err, QByteArray());
        QCOMPARE(m_sandbox.server->requests().size(), 0); // nothing was sent
        const Run fresh =
            run(exportDays(first, last) + scaled + QStringList{QStringLiteral("--no-history")});
        QCOMPARE(offline.out, fresh.out);
        // Online through the history (the old days from the store, the rest asked): the same.
        const Run through = run(exportDays(first, last) + scaled +
                                QStringList{QStringLiteral("--history"), m_file});
        QCOMPARE(through.exitCode, 0);
        QCOMPARE(through.out, fresh.out);
    }
    // Every resource, every scale, both metrics are there; no key secret is.
    QCOMPARE(countRows(m_file, QStringLiteral("SELECT count(DISTINCT resource) FROM series")), 5);
    const QByteArray bytes = fileBytes(m_file) + fileBytes(m_file + QStringLiteral("-wal"));
    QVERIFY(!bytes.contains(m_sandbox.apiKey.toUtf8()));
    for (const auto &key : m_sandbox.server->data().apiKeys())
        QVERIFY(!bytes.contains(key.key));
}

void TestCollect::offlineGapExitsFourNamingTheDays()
{
    QCOMPARE(run(collect(m_file, 10)).exitCode, 0);
    const QDate first = m_today.addDays(-19);
    const Run gap =
        run(exportDays(first, m_today.addDays(-5)) +
            QStringList{QStringLiteral("--offline"), QStringLiteral("--history"), m_file});
    QCOMPARE(gap.exitCode, 4);
    QCOMPARE(gap.out, QByteArray());
    QCOMPARE(gap.err.count('\n'), 1);
    const QByteArray days = first.toString(Qt::ISODate).toUtf8() + " – " +
                            m_today.addDays(-10).toString(Qt::ISODate).toUtf8();
    QVERIFY2(gap.err.contains("history has no data for " + days + "; run collect while online"),
             gap.err.constData());
}

void TestCollect::unknownCredentialsExitThree()
{
    QCOMPARE(run(collect(m_file, 3)).exitCode, 0);
    const Run other =
        run(exportDays(m_today.addDays(-2), m_today) +
                QStringList{QStringLiteral("--offline"), QStringLiteral("--history"), m_file},
            testing::randomSecret());
    QCOMPARE(other.exitCode, 3);
    QCOMPARE(other.err, "geobox-usage: no history for these credentials on " +
                            m_sandbox.url().toString().toUtf8() + "\n");
}

void TestCollect::failedResourceKeepsTheOthers()
{
    // The first usage/api request fails for good (500 is not retried): the account's.
    QVERIFY(m_sandbox.server->addFault(QStringLiteral("usage/api=status:500#1")));
    const Run r =
        run(collect(m_file, 5) + QStringList{QStringLiteral("--scales"), QStringLiteral("day")});
    QCOMPARE(r.exitCode, 4);
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(r.err.contains("could not collect account:"), r.err.constData());
    QVERIFY(!r.err.contains("key:"));
    // The four keys are kept.
    QCOMPARE(countRows(m_file, QStringLiteral("SELECT count(DISTINCT resource) FROM series "
                                              "WHERE resource LIKE 'key-id:%'")),
             4);
    // The next run completes it.
    QCOMPARE(
        run(collect(m_file, 5) + QStringList{QStringLiteral("--scales"), QStringLiteral("day")})
            .exitCode,
        0);
    QCOMPARE(countRows(m_file, QStringLiteral("SELECT count(*) FROM series WHERE resource = "
                                              "'account' AND first_bucket IS NOT NULL")),
             2);
}

void TestCollect::killedMidSyncLeavesSoundStore()
{
    // Slow enough to be killed in the middle.
    QVERIFY(m_sandbox.server->addFault(QStringLiteral("usage/api=delay:150")));
    QProcess *collector = start(collect(m_file, 60), {});
    QVERIFY(QTest::qWaitFor(
        [&] { return countRows(m_file, QStringLiteral("SELECT count(*) FROM fetches")) >= 3; },
        60000));
    ::kill(pid_t(collector->processId()), SIGKILL);
    QVERIFY(collector->waitForFinished(10000));
    QCOMPARE(collector->exitStatus(), QProcess::CrashExit);
    delete collector;
    m_sandbox.server->clearFaults();
    {
        HistoryStore store(m_file);
        QVERIFY(store.isOpen());
        QVERIFY(store.integrityOk());
    }
    // No half-written series: each day series holds every day from its first bucket to
    // the end of what was asked.
    const int halves = countRows(
        m_file, QStringLiteral(
                    "SELECT count(*) FROM series s JOIN fetches f ON f.series_id = s.id WHERE "
                    "s.scale = 'day' AND s.first_bucket IS NOT NULL AND (SELECT count(*) FROM "
                    "buckets b WHERE b.series_id = s.id AND b.bucket_start >= s.first_bucket AND "
                    "b.bucket_start < f.range_to) < (min(f.range_to, strftime('%s','now')) - "
                    "s.first_bucket + 86399) / 86400"));
    QCOMPARE(halves, 0);
    const int before = countRows(m_file, QStringLiteral("SELECT count(*) FROM series"));
    const Run next = run(collect(m_file, 60));
    QCOMPARE(next.exitCode, 0);
    QVERIFY(countRows(m_file, QStringLiteral("SELECT count(*) FROM series")) > before);
    QCOMPARE(countRows(m_file, QStringLiteral("SELECT count(DISTINCT resource) FROM series")), 5);
}

void TestCollect::twoWritersAtOnce()
{
    // The window and the collector share the store class: two collectors stand for both.
    QProcess *a = start(collect(m_file, 30), {});
    QProcess *b = start(collect(m_file, 30), {});
    QVERIFY(QTest::qWaitFor(
        [&] { return a->state() == QProcess::NotRunning && b->state() == QProcess::NotRunning; },
        120000));
    for (QProcess *p : {a, b}) {
        const QByteArray err = p->readAllStandardError();
        QVERIFY2(p->exitCode() == 0, err.constData());
        QVERIFY2(!err.contains("locked"), err.constData());
        QCOMPARE(err, QByteArray());
        delete p;
    }
    HistoryStore store(m_file);
    QVERIFY(store.integrityOk());
}

void TestCollect::damagedFileIsMovedAsideOnce()
{
    {
        QFile f(m_file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
    }
    const Run first = run(collect(m_file, 2));
    QCOMPARE(first.exitCode, 0);
    QCOMPARE(first.err.count('\n'), 1);
    const QString aside =
        m_file + QStringLiteral(".corrupt-") + QDate::currentDate().toString(Qt::ISODate);
    QVERIFY2(first.err.contains(aside.toUtf8()), first.err.constData());
    QCOMPARE(fileBytes(aside), QByteArray(8192, 'x'));
    const Run second = run(collect(m_file, 2));
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(second.err, QByteArray()); // told once
}

void TestCollect::readOnlyFolderWorksOnWithoutHistory()
{
    if (::geteuid() != 0)
        QSKIP("needs root to mount a read-only file system");
    const QString place = m_dir->filePath(QStringLiteral("ro"));
    QVERIFY(QDir().mkpath(place));
    if (QProcess::execute(QStringLiteral("mount"),
                          {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                           QStringLiteral("size=64k,ro"), QStringLiteral("tmpfs"), place}) != 0)
        QSKIP("cannot mount a read-only tmpfs here");
    const QString file = QDir(place).filePath(QStringLiteral("history.sqlite"));
    const QStringList range = exportDays(m_today.addDays(-6), m_today.addDays(-2));
    const Run r = run(range + QStringList{QStringLiteral("--history"), file});
    const Run without = run(range + QStringList{QStringLiteral("--no-history")});
    const Run collected = run(collect(file, 2));
    QCOMPARE(QProcess::execute(QStringLiteral("umount"), {place}), 0);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(r.err.contains("History is off"), r.err.constData());
    QCOMPARE(r.out, without.out); // nothing fetched is lost from the export
    QCOMPARE(collected.exitCode, 5);
}

QTEST_GUILESS_MAIN(TestCollect)
#include "tst_collect.moc"
