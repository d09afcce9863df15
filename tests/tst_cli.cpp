// The command line through QProcess, against geobox-sandbox on 127.0.0.1:
// what export and summary print, each documented exit code, stdout versus -o,
// one clear line on stderr, and no secret in any output.

#include "formatting.h"
#include "sandboxfixture.h"
#include "usagetypes.h"

#include <QCalendar>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>

#include <unistd.h>

using geobox::Formatting;
using geobox::Quota;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void demoExportPrintsThirtyDays();
    void csvMatchesSandbox();
    void jsonMatchesSandbox();
    void compareColumns();
    void jalaliColumn();
    void keyByNameAndWeeks();
    void outputFile();
    void badArguments_data();
    void badArguments();
    void credentials();
    void serverErrors_data();
    void serverErrors();
    void unwritableOutput();
    void fullOrReadOnlyPlaceKeepsTheOldFile();
    void summary();
    void help();
    void languages();
    void textWithoutDisplay_data();
    void textWithoutDisplay();
    void wordsWithoutDisplay_data();
    void wordsWithoutDisplay();
    void unknownCommandListsTheCommands();
    void helpNamesTheCommand_data();
    void helpNamesTheCommand();
    void timeoutBounds_data();
    void timeoutBounds();
    void summaryTextAsTheWindowWritesIt();
    void weekStart();
    void languageSettingComesBetween();

private:
    Run run(const QStringList &args, const QProcessEnvironment &env,
            const QString &stdoutFile = {});
    QProcessEnvironment env(const QString &key) const;
    // No display of any kind: no DISPLAY, no WAYLAND_DISPLAY, QT_QPA_PLATFORM unset.
    QProcessEnvironment noDisplay() const;
    QStringList server() const;

    testing::SandboxFixture m_sandbox;
    // The commands' own HOME (their history file and settings), kept from other runs.
    QTemporaryDir m_home;
    QDate m_first;
    QDate m_last;
    QStringList m_secrets;
    QStringList m_leaks; // commands whose output held a secret
};

void TestCli::initTestCase()
{
    // The command line reads the real clock: the sandbox runs on it too, and the tests
    // look at days well in the past, whose numbers no longer change.
    m_sandbox.now = QDateTime();
    QVERIFY(m_sandbox.start(5));
    const QDate today = QDateTime::currentDateTimeUtc().date();
    // A whole calendar month, at least two weeks old: the sandbox leaves out at least one
    // day in each.
    const QDate inMonth = today.addDays(-45);
    m_first = QDate(inMonth.year(), inMonth.month(), 1);
    m_last = m_first.addMonths(1).addDays(-1);
    m_secrets = {m_sandbox.apiKey, m_sandbox.password};
    for (const auto &key : m_sandbox.server->data().apiKeys())
        m_secrets.append(QString::fromLatin1(key.key));
}

void TestCli::init()
{
    m_sandbox.server->clearFaults();
}

void TestCli::cleanup()
{
    QVERIFY2(m_leaks.isEmpty(), qPrintable(QStringLiteral("a secret was printed by: ") +
                                           m_leaks.join(QStringLiteral("; "))));
}

QProcessEnvironment TestCli::env(const QString &key) const
{
    QProcessEnvironment e;
    e.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
    e.insert(QStringLiteral("HOME"), m_home.path());
    e.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    e.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    if (!key.isEmpty())
        e.insert(QStringLiteral("GEOBOX_APIKEY"), key);
    return e;
}

QProcessEnvironment TestCli::noDisplay() const
{
    QProcessEnvironment e = env({});
    e.remove(QStringLiteral("QT_QPA_PLATFORM"));
    e.remove(QStringLiteral("DISPLAY"));
    e.remove(QStringLiteral("WAYLAND_DISPLAY"));
    return e;
}

QStringList TestCli::server() const
{
    return {QStringLiteral("--server"), m_sandbox.url().toString()};
}

Run TestCli::run(const QStringList &args, const QProcessEnvironment &env, const QString &stdoutFile)
{
    QProcess process;
    process.setProcessEnvironment(env);
    if (!stdoutFile.isEmpty())
        process.setStandardOutputFile(stdoutFile);
    // These tests share one HOME: without history, so that one test's answers are not
    // another's (tst_collect covers the history).
    QStringList full = args;
    const bool takesHistory = !args.isEmpty() && (args.first() == QLatin1String("export") ||
                                                  args.first() == QLatin1String("summary"));
    if (takesHistory && !args.contains(QStringLiteral("--history")) &&
        !args.contains(QStringLiteral("--no-history")) && !args.contains(QStringLiteral("--help")))
        full.append(QStringLiteral("--no-history"));
    process.start(QStringLiteral(GEOBOX_USAGE_BIN), full);
    // The sandbox answers on this thread: keep the event loop running while we wait.
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000))
        process.kill();
    process.waitForFinished(1000);
    Run r;
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    for (const QString &secret : m_secrets) {
        if (r.out.contains(secret.toUtf8()) || r.err.contains(secret.toUtf8()))
            m_leaks.append(args.join(QLatin1Char(' ')));
    }
    return r;
}

void TestCli::demoExportPrintsThirtyDays()
{
    const Run r = run({QStringLiteral("export"), QStringLiteral("--demo"), QStringLiteral("--days"),
                       QStringLiteral("30")},
                      env({}));
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 31);
    QCOMPARE(lines.first().trimmed(),
             QByteArray("bucket_start,bucket_end,scale,resource,calls,traffic_bytes,partial"));
    QVERIFY(lines.last().trimmed().endsWith(",true")); // today is still running
    QVERIFY(r.err.isEmpty());
}

void TestCli::csvMatchesSandbox()
{
    const Run r = run(QStringList{QStringLiteral("export"), QStringLiteral("--from"),
                                  m_first.toString(Qt::ISODate), QStringLiteral("--to"),
                                  m_last.toString(Qt::ISODate)} +
                          server(),
                      env(m_sandbox.apiKey));
    QCOMPARE(r.exitCode, 0);
    const sandbox::SandboxData &data = m_sandbox.server->data();
    const QString eid = QString::number(data.mainUser().id);
    const QDateTime from(m_first, QTime(0, 0), QTimeZone::utc());
    const QDateTime to(m_last, QTime(23, 59, 59), QTimeZone::utc());
    const auto calls = data.series(eid, QStringLiteral("day"), QStringLiteral("calls"), from, to);
    const auto traffic =
        data.series(eid, QStringLiteral("day"), QStringLiteral("traffic"), from, to);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    const int days = int(m_first.daysTo(m_last)) + 1;
    QCOMPARE(lines.size(), days + 1);
    QCOMPARE(calls.size(), days);
    int zeros = 0;
    for (int i = 0; i < days; ++i) {
        const QList<QByteArray> cells = lines[i + 1].trimmed().split(',');
        QCOMPARE(cells.size(), 7);
        QCOMPARE(QDateTime::fromString(QString::fromLatin1(cells[0]), Qt::ISODate), calls[i].first);
        QCOMPARE(cells[2], QByteArray("day"));
        QCOMPARE(cells[3], "account:" + data.mainUser().username.toUtf8());
        QCOMPARE(cells[4].toLongLong(), calls[i].second);
        QCOMPARE(cells[5].toLongLong(), traffic[i].second);
        QCOMPARE(cells[6], QByteArray("false"));
        zeros += calls[i].second == 0 ? 1 : 0;
    }
    QVERIFY2(zeros > 0, "the sandbox leaves out at least one day a month: it must be a 0 row");
}

void TestCli::jsonMatchesSandbox()
{
    const Run r = run(QStringList{QStringLiteral("export"), QStringLiteral("--format"),
                                  QStringLiteral("json"), QStringLiteral("--metric"),
                                  QStringLiteral("traffic"), QStringLiteral("--scale"),
                                  QStringLiteral("hour"), QStringLiteral("--from"),
                                  m_last.toString(Qt::ISODate), QStringLiteral("--to"),
                                  m_last.toString(Qt::ISODate)} +
                          server(),
                      env(m_sandbox.apiKey));
    QCOMPARE(r.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(rows.size(), 24);
    const sandbox::SandboxData &data = m_sandbox.server->data();
    const auto truth =
        data.series(QString::number(data.mainUser().id), QStringLiteral("hour"),
                    QStringLiteral("traffic"), QDateTime(m_last, QTime(0, 0), QTimeZone::utc()),
                    QDateTime(m_last, QTime(23, 59), QTimeZone::utc()));
    for (int i = 0; i < 24; ++i) {
        const QJsonObject o = rows.at(i).toObject();
        QCOMPARE(o.value(QStringLiteral("traffic_bytes")).toInteger(), truth[i].second);
        QVERIFY(o.value(QStringLiteral("calls")).isNull()); // not asked for
        QCOMPARE(o.value(QStringLiteral("scale")).toString(), QStringLiteral("hour"));
    }
}

void TestCli::compareColumns()
{
    // --compare previous over a whole month: the month before, row for row (the shorter one
    // leaves the last rows' previous_* empty); the figures are the service's.
    const sandbox::SandboxData &data = m_sandbox.server->data();
    const QString eid = QString::number(data.mainUser().id);
    const Run r = run(QStringList{QStringLiteral("export"), QStringLiteral("--from"),
                                  m_first.toString(Qt::ISODate), QStringLiteral("--to"),
                                  m_last.toString(Qt::ISODate), QStringLiteral("--compare"),
                                  QStringLiteral("previous")} +
                          server(),
                      env(m_sandbox.apiKey));
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.first().trimmed(),
             QByteArray("bucket_start,bucket_end,scale,resource,calls,traffic_bytes,partial,"
                        "previous_bucket_start,previous_calls,previous_traffic_bytes"));
    const QDate before = m_first.addMonths(-1);
    const QDateTime from(before, QTime(0, 0), QTimeZone::utc());
    const QDateTime to(m_first.addDays(-1), QTime(23, 59, 59), QTimeZone::utc());
    const auto calls = data.series(eid, QStringLiteral("day"), QStringLiteral("calls"), from, to);
    const auto traffic =
        data.series(eid, QStringLiteral("day"), QStringLiteral("traffic"), from, to);
    const int days = int(m_first.daysTo(m_last)) + 1;
    QCOMPARE(lines.size(), days + 1);
    for (int i = 0; i < days; ++i) {
        const QList<QByteArray> cells = lines[i + 1].trimmed().split(',');
        QCOMPARE(cells.size(), 10);
        if (i >= calls.size()) {
            QCOMPARE(cells[7] + cells[8] + cells[9], QByteArray());
            continue;
        }
        QCOMPARE(QDateTime::fromString(QString::fromLatin1(cells[7]), Qt::ISODate), calls[i].first);
        QCOMPARE(cells[8].toLongLong(), calls[i].second);
        QCOMPARE(cells[9].toLongLong(), traffic[i].second);
    }

    // --compare year over the last 7 days: 364 days earlier, weekday for weekday, in JSON.
    const Run year =
        run(QStringList{QStringLiteral("export"), QStringLiteral("--days"), QStringLiteral("7"),
                        QStringLiteral("--compare"), QStringLiteral("year"),
                        QStringLiteral("--format"), QStringLiteral("json")} +
                server(),
            env(m_sandbox.apiKey));
    QCOMPARE(year.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(year.out).array();
    QCOMPARE(rows.size(), 7);
    for (const QJsonValue &value : rows) {
        const QJsonObject o = value.toObject();
        const QDateTime start =
            QDateTime::fromString(o.value(QStringLiteral("bucket_start")).toString(), Qt::ISODate);
        const QDateTime then = QDateTime::fromString(
            o.value(QStringLiteral("previous_bucket_start")).toString(), Qt::ISODate);
        QCOMPARE(then, start.addDays(-364));
        QCOMPARE(then.date().dayOfWeek(), start.date().dayOfWeek());
        const auto truth = data.series(eid, QStringLiteral("day"), QStringLiteral("calls"), then,
                                       then.addSecs(86399));
        QCOMPARE(truth.size(), 1);
        QCOMPARE(o.value(QStringLiteral("previous_calls")).toInteger(), truth.first().second);
        QVERIFY(o.contains(QStringLiteral("previous_traffic_bytes")));
    }

    const Run bad = run(QStringList{QStringLiteral("export"), QStringLiteral("--compare"),
                                    QStringLiteral("lastweek")} +
                            server(),
                        env(m_sandbox.apiKey));
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains("--compare"));
}

void TestCli::jalaliColumn()
{
    QVERIFY2(QCalendar::availableCalendars().contains(QStringLiteral("Jalali")),
             "this Qt has no Jalali calendar");
    const QStringList range = QStringList{QStringLiteral("--from"), m_first.toString(Qt::ISODate),
                                          QStringLiteral("--to"), m_last.toString(Qt::ISODate)} +
                              server();
    const Run plain = run(QStringList{QStringLiteral("export")} + range, env(m_sandbox.apiKey));
    const Run gregorian = run(QStringList{QStringLiteral("export"), QStringLiteral("--calendar"),
                                          QStringLiteral("gregorian")} +
                                  range,
                              env(m_sandbox.apiKey));
    const Run jalali = run(QStringList{QStringLiteral("export"), QStringLiteral("--calendar"),
                                       QStringLiteral("jalali")} +
                               range,
                           env(m_sandbox.apiKey));
    QCOMPARE(plain.exitCode, 0);
    QCOMPARE(gregorian.exitCode, 0);
    QCOMPARE(jalali.exitCode, 0);
    QCOMPARE(gregorian.out, plain.out); // the default
    QVERIFY(jalali.err.isEmpty());

    const QList<QByteArray> plainLines = plain.out.trimmed().split('\n');
    const QList<QByteArray> lines = jalali.out.trimmed().split('\n');
    QCOMPARE(lines.size(), plainLines.size());
    QCOMPARE(lines[0].trimmed(), QByteArray("bucket_start,bucket_start_jalali,bucket_end,scale,"
                                            "resource,calls,traffic_bytes,partial"));
    const QCalendar calendar(QCalendar::System::Jalali);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QList<QByteArray> cells = lines[i].trimmed().split(',');
        QCOMPARE(cells.size(), 8);
        const QString iso = QString::fromLatin1(cells[0]);
        const QString shamsi = QString::fromLatin1(cells[1]);
        // Latin digits, the same time and zone, and the same day read back.
        QVERIFY2(QRegularExpression(QStringLiteral("^1[34]\\d\\d-\\d\\d-\\d\\dT00:00:00Z$"))
                     .match(shamsi)
                     .hasMatch(),
                 qPrintable(shamsi));
        QCOMPARE(shamsi.mid(10), iso.mid(10));
        QCOMPARE(calendar.dateFromParts(shamsi.left(4).toInt(), shamsi.mid(5, 2).toInt(),
                                        shamsi.mid(8, 2).toInt()),
                 QDate::fromString(iso.left(10), Qt::ISODate));
        // Without that column, the Gregorian file.
        cells.removeAt(1);
        QCOMPARE(cells.join(','), plainLines[i].trimmed());
    }

    const Run json = run(QStringList{QStringLiteral("export"), QStringLiteral("--calendar"),
                                     QStringLiteral("jalali"), QStringLiteral("--format"),
                                     QStringLiteral("json")} +
                             range,
                         env(m_sandbox.apiKey));
    QCOMPARE(json.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(json.out).array();
    QCOMPARE(rows.size(), lines.size() - 1);
    for (qsizetype i = 0; i < rows.size(); ++i)
        QCOMPARE(rows.at(i).toObject().value(QStringLiteral("bucket_start_jalali")).toString(),
                 QString::fromLatin1(lines[i + 1].split(',').at(1)));
}

void TestCli::keyByNameAndWeeks()
{
    const sandbox::SandboxData &data = m_sandbox.server->data();
    const sandbox::SandboxApiKey key = data.apiKeysOf(data.mainUser().id).first();
    const Run r =
        run(QStringList{QStringLiteral("export"), QStringLiteral("--resource"),
                        QStringLiteral("key:") + key.name, QStringLiteral("--scale"),
                        QStringLiteral("week"), QStringLiteral("--metric"), QStringLiteral("calls"),
                        QStringLiteral("--from"), m_first.toString(Qt::ISODate),
                        QStringLiteral("--to"), m_last.toString(Qt::ISODate)} +
                server(),
            env(m_sandbox.apiKey));
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!r.out.contains(key.key)); // named, never by its secret
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    const auto days =
        data.series(QString::fromLatin1(key.key), QStringLiteral("day"), QStringLiteral("calls"),
                    QDateTime(m_first, QTime(0, 0), QTimeZone::utc()),
                    QDateTime(m_last, QTime(23, 59), QTimeZone::utc()));
    qint64 all = 0;
    for (const auto &d : days)
        all += d.second;
    qint64 sum = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> cells = lines[i].trimmed().split(',');
        QCOMPARE(cells[2], QByteArray("week"));
        QCOMPARE(cells[3], (QStringLiteral("key:") + key.name).toUtf8());
        QVERIFY(cells[5].isEmpty());
        sum += cells[4].toLongLong();
    }
    QCOMPARE(sum, all);
    // The first and last weeks are cut by the range unless it falls on week bounds.
    QCOMPARE(lines[1].trimmed().endsWith(",true"), m_first.dayOfWeek() != Qt::Monday);
}

void TestCli::outputFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("usage.csv"));
    const Run r = run(QStringList{QStringLiteral("export"), QStringLiteral("--days"),
                                  QStringLiteral("3"), QStringLiteral("-o"), path} +
                          server(),
                      env(m_sandbox.apiKey));
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count('\n'), 4);
}

void TestCli::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("says");
    QTest::newRow("scale") << QStringList{QStringLiteral("--scale"), QStringLiteral("year")}
                           << QStringLiteral("--scale");
    QTest::newRow("from after to")
        << QStringList{QStringLiteral("--from"), QStringLiteral("2026-03-05"),
                       QStringLiteral("--to"), QStringLiteral("2026-03-01")}
        << QStringLiteral("after");
    const auto fromTo = [](const char *from, const char *to) {
        return QStringList{QStringLiteral("--from"), QLatin1String(from), QStringLiteral("--to"),
                           QLatin1String(to)};
    };
    // A date says which value is wrong, and what is wrong with it.
    QTest::newRow("month 13") << fromTo("2026-13-01", "2026-03-01")
                              << QStringLiteral("--from 2026-13-01: there is no month 13");
    QTest::newRow("month 0") << fromTo("2026-01-01", "2026-00-10")
                             << QStringLiteral("--to 2026-00-10: there is no month 0");
    QTest::newRow("30 February") << fromTo("2026-02-30", "2026-03-01")
                                 << QStringLiteral("--from 2026-02-30: February 2026 has 28 days");
    QTest::newRow("30 February, leap year")
        << fromTo("2028-02-30", "2028-03-01")
        << QStringLiteral("--from 2028-02-30: February 2028 has 29 days");
    QTest::newRow("31 April") << fromTo("2026-04-01", "2026-04-31")
                              << QStringLiteral("--to 2026-04-31: April 2026 has 30 days");
    QTest::newRow("day 0") << fromTo("2026-03-00", "2026-03-05")
                           << QStringLiteral("--from 2026-03-00: there is no day 0");
    QTest::newRow("year 0") << fromTo("0000-03-01", "2026-03-05")
                            << QStringLiteral("--from 0000-03-01: there is no year 0");
    QTest::newRow("slashes") << fromTo("2026/03/01", "2026-03-05")
                             << QStringLiteral("--from 2026/03/01: a date is written YYYY-MM-DD, "
                                               "e.g. 2026-03-01");
    QTest::newRow("day first") << fromTo("2026-03-01", "05-03-2026")
                               << QStringLiteral("--to 05-03-2026: a date is written YYYY-MM-DD");
    QTest::newRow("one digit") << fromTo("2026-3-1", "2026-03-05")
                               << QStringLiteral("--from 2026-3-1: a date is written YYYY-MM-DD");
    QTest::newRow("Persian digits")
        << QStringList{QStringLiteral("--from"), QStringLiteral("۲۰۲۶-۰۳-۰۱"),
                       QStringLiteral("--to"), QStringLiteral("2026-03-05")}
        << QStringLiteral("--from ۲۰۲۶-۰۳-۰۱: a date is written YYYY-MM-DD");
    // The one missing is named.
    QTest::newRow("from alone") << QStringList{QStringLiteral("--from"),
                                               QStringLiteral("2026-03-01")}
                                << QStringLiteral("--to is missing: --from and --to go together.");
    QTest::newRow("to alone") << QStringList{QStringLiteral("--to"), QStringLiteral("2026-03-01")}
                              << QStringLiteral("--from is missing: --from and --to go together.");
    // The real bounds.
    QTest::newRow("zero days") << QStringList{QStringLiteral("--days"), QStringLiteral("0")}
                               << QStringLiteral(
                                      "--days 0: give a whole number of days from 1 to 36,600.");
    QTest::newRow("100000 days")
        << QStringList{QStringLiteral("--days"), QStringLiteral("100000")}
        << QStringLiteral("--days 100000: give a whole number of days from 1 to 36,600.");
    QTest::newRow("36601 days") << QStringList{QStringLiteral("--days"), QStringLiteral("36601")}
                                << QStringLiteral("from 1 to 36,600");
    QTest::newRow("days not a number")
        << QStringList{QStringLiteral("--days"), QStringLiteral("many")}
        << QStringLiteral("--days many: give a whole number of days from 1 to 36,600.");
    QTest::newRow("zero timeout") << QStringList{QStringLiteral("--timeout"), QStringLiteral("0")}
                                  << QStringLiteral(
                                         "--timeout 0: give a number of seconds from 1 to 3,600.");
    QTest::newRow("unknown key") << QStringList{QStringLiteral("--resource"),
                                                QStringLiteral("key:No such key")}
                                 << QStringLiteral("No such key");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("--colour")} << QStringLiteral("colour");
    QTest::newRow("format") << QStringList{QStringLiteral("--format"), QStringLiteral("xml")}
                            << QStringLiteral("--format");
    QTest::newRow("calendar") << QStringList{QStringLiteral("--calendar"),
                                             QStringLiteral("persian")}
                              << QStringLiteral("--calendar takes gregorian or jalali");
    QTest::newRow("calendar, capitalised")
        << QStringList{QStringLiteral("--calendar"), QStringLiteral("Jalali")}
        << QStringLiteral("--calendar takes gregorian or jalali");
}

void TestCli::badArguments()
{
    QFETCH(QStringList, args);
    QFETCH(QString, says);
    const int before = m_sandbox.server->requestCount(QStringLiteral("usage/api"));
    // English words and numbers (1 to 36,600) whatever the system's locale is.
    const Run r =
        run(QStringList{QStringLiteral("export"), QStringLiteral("--lang"), QStringLiteral("en")} +
                args + server(),
            env(m_sandbox.apiKey));
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err.count('\n'), 1); // one clear line
    QVERIFY2(r.err.contains(says.toUtf8()), r.err.constData());
    QCOMPARE(m_sandbox.server->requestCount(QStringLiteral("usage/api")), before);
}

void TestCli::credentials()
{
    const Run none = run(QStringList{QStringLiteral("export")} + server(), env({}));
    QCOMPARE(none.exitCode, 3);
    QVERIFY(none.err.contains("GEOBOX_APIKEY"));
    QCOMPARE(none.err.count('\n'), 1);

    const QString wrong = testing::randomSecret();
    m_secrets.append(wrong);
    const Run rejected = run(QStringList{QStringLiteral("export")} + server(), env(wrong));
    QCOMPARE(rejected.exitCode, 3);
    QVERIFY2(rejected.err.contains("401"), rejected.err.constData());
    QCOMPARE(rejected.err.count('\n'), 1);
}

void TestCli::serverErrors_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QByteArray>("says");
    QTest::newRow("500") << QStringLiteral("usage/api=status:500") << QByteArray("500");
    QTest::newRow("503") << QStringLiteral("usage/api=status:503")
                         << QByteArray("Service Unavailable");
    QTest::newRow("malformed") << QStringLiteral("usage/api=malformed")
                               << QByteArray("not valid JSON");
    QTest::newRow("dropped") << QStringLiteral("users/me/=drop")
                             << QByteArray("closed the connection");
    QTest::newRow("403") << QStringLiteral("apikeys/=status:403") << QByteArray("403");
}

void TestCli::serverErrors()
{
    QFETCH(QString, fault);
    QFETCH(QByteArray, says);
    QVERIFY(m_sandbox.server->addFault(fault));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("usage.csv"));
    const Run r = run(QStringList{QStringLiteral("export"), QStringLiteral("-o"), path} + server(),
                      env(m_sandbox.apiKey));
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.count('\n') == 1, r.err.constData());
    QVERIFY2(r.err.contains(says), r.err.constData());
    QVERIFY(!QFile::exists(path));
}

void TestCli::unwritableOutput()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/usage.csv"));
    const Run r = run(QStringList{QStringLiteral("export"), QStringLiteral("-o"), path} + server(),
                      env(m_sandbox.apiKey));
    QCOMPARE(r.exitCode, 5);
    QVERIFY(r.err.contains(path.toUtf8()));

    // A full device: standard output on /dev/full.
    if (QFile::exists(QStringLiteral("/dev/full"))) {
        const Run full = run(QStringList{QStringLiteral("export")} + server(),
                             env(m_sandbox.apiKey), QStringLiteral("/dev/full"));
        QCOMPARE(full.exitCode, 5);
        QCOMPARE(full.err.count('\n'), 1);
    }
}

void TestCli::fullOrReadOnlyPlaceKeepsTheOldFile()
{
    QTemporaryDir dir;
    const QString place = dir.filePath(QStringLiteral("place"));
    QVERIFY(QDir().mkpath(place));
    bool mounted = false;
    if (::geteuid() == 0) {
        // Root ignores a read-only directory's mode: use a tiny file system instead.
        mounted =
            QProcess::execute(QStringLiteral("mount"),
                              {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                               QStringLiteral("size=16k"), QStringLiteral("tmpfs"), place}) == 0;
        if (!mounted)
            QSKIP("cannot mount a tiny tmpfs here; /dev/full covers a full device");
    }
    const QString existing = QDir(place).filePath(QStringLiteral("usage.csv"));
    {
        QFile old(existing);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("precious");
    }
    if (!mounted)
        QVERIFY(QFile::setPermissions(place, QFile::ReadOwner | QFile::ExeOwner));
    // A year of hours is far more than 16 kB.
    const Run r = run(QStringList{QStringLiteral("export"), QStringLiteral("--scale"),
                                  QStringLiteral("hour"), QStringLiteral("--days"),
                                  QStringLiteral("365"), QStringLiteral("-o"), existing} +
                          server(),
                      env(m_sandbox.apiKey));
    QByteArray kept;
    {
        QFile old(existing);
        if (old.open(QIODevice::ReadOnly))
            kept = old.readAll();
    } // closed, or the file system would be busy
    const QStringList left = QDir(place).entryList(QDir::Files | QDir::Hidden);
    if (mounted)
        QCOMPARE(QProcess::execute(QStringLiteral("umount"), {place}), 0);
    else
        QFile::setPermissions(place, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QCOMPARE(r.exitCode, 5);
    QCOMPARE(r.err.count('\n'), 1);
    QCOMPARE(kept, QByteArray("precious"));
    QCOMPARE(left, QStringList{QStringLiteral("usage.csv")}); // no temporary left behind
}

void TestCli::summary()
{
    const Run r = run(
        QStringList{QStringLiteral("summary"), QStringLiteral("--format"), QStringLiteral("json")} +
            server(),
        env(m_sandbox.apiKey));
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.size(), 17);
    const sandbox::SandboxData &data = m_sandbox.server->data();
    // The forecast of each daily and monthly quota, in the quota's unit.
    const QJsonObject forecast = o.value(QStringLiteral("forecast")).toObject();
    QCOMPARE(forecast.keys(),
             (QStringList{QStringLiteral("daily_api_calls"), QStringLiteral("daily_process"),
                          QStringLiteral("daily_traffic"), QStringLiteral("monthly_api_calls"),
                          QStringLiteral("monthly_process"), QStringLiteral("monthly_traffic")}));
    for (const QString &key : forecast.keys()) {
        const QJsonObject f = forecast.value(key).toObject();
        QCOMPARE(f.keys(), (QStringList{QStringLiteral("exceeds_on"), QStringLiteral("high"),
                                        QStringLiteral("low"), QStringLiteral("projected")}));
        // The projection never falls below what is used already.
        QVERIFY2(f.value(QStringLiteral("projected")).toInteger() >= o.value(key).toInteger(),
                 qPrintable(key));
        const bool runRate = key.endsWith(QLatin1String("process"));
        QCOMPARE(f.value(QStringLiteral("low")).isNull(), runRate);
        if (!runRate) {
            QVERIFY(f.value(QStringLiteral("low")).toInteger() <=
                    f.value(QStringLiteral("projected")).toInteger());
            QVERIFY(f.value(QStringLiteral("projected")).toInteger() <=
                    f.value(QStringLiteral("high")).toInteger());
        }
        const QJsonValue exceeds = f.value(QStringLiteral("exceeds_on"));
        QVERIFY(exceeds.isNull() ||
                QDateTime::fromString(exceeds.toString(), Qt::ISODate).isValid());
    }
    const sandbox::UsageSummary truth = data.summary(data.mainUser().id);
    QCOMPARE(o.value(QStringLiteral("max_monthly_api_calls")).toInteger(),
             truth.maxMonthlyApiCalls);
    QCOMPARE(o.value(QStringLiteral("available_storage")).toInteger(), truth.availableStorage);
    QVERIFY(o.value(QStringLiteral("process_seconds_last_30_days")).toDouble() > 0);

    const Run text = run(QStringList{QStringLiteral("summary")} + server(), env(m_sandbox.apiKey));
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("Calls this month"));
    QVERIFY(text.out.contains("Days left on the plan"));

    const Run viewer = run(QStringList{QStringLiteral("summary"), QStringLiteral("--user-id"),
                                       QString::number(data.mainUser().id)} +
                               server(),
                           env(m_sandbox.viewerKey));
    QCOMPARE(viewer.exitCode, 4);
    QVERIFY(viewer.err.contains("403"));
}

void TestCli::help()
{
    for (const char *command : {"export", "summary"}) {
        const Run r = run({QLatin1String(command), QStringLiteral("--help")}, env({}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("--demo"));
        QVERIFY(r.out.contains("--server"));
    }
    const Run exportHelp = run({QStringLiteral("export"), QStringLiteral("--help")}, env({}));
    for (const char *option : {"--resource", "--scale", "--metric", "--from", "--to", "--days",
                               "--format", "--calendar", "--output", "--timeout"})
        QVERIFY2(exportHelp.out.contains(option), option);
}

void TestCli::languages()
{
    // The CSV is for machines: the same bytes in every language.
    const QStringList exportArgs =
        QStringList{QStringLiteral("export"), QStringLiteral("--from"),
                    m_first.toString(Qt::ISODate), QStringLiteral("--to"),
                    m_last.toString(Qt::ISODate)} +
        server();
    const Run english = run(exportArgs, env(m_sandbox.apiKey));
    const Run persian =
        run(exportArgs + QStringList{QStringLiteral("--lang"), QStringLiteral("fa")},
            env(m_sandbox.apiKey));
    QCOMPARE(english.exitCode, 0);
    QCOMPARE(persian.exitCode, 0);
    QVERIFY(english.out.count('\n') > 20);
    QCOMPARE(persian.out, english.out);

    // The words follow the system's locale, and --lang overrides it.
    QProcessEnvironment farsi = env(m_sandbox.apiKey);
    farsi.insert(QStringLiteral("LANG"), QStringLiteral("fa_IR.UTF-8"));
    const Run system = run(QStringList{QStringLiteral("summary")} + server(), farsi);
    QCOMPARE(system.exitCode, 0);
    const QString systemText = QString::fromUtf8(system.out);
    QVERIFY2(systemText.contains(QStringLiteral("فراخوانی")), system.out.constData());
    QVERIFY2(!systemText.contains(QStringLiteral("Calls this month")), system.out.constData());
    // Persian digits, none of the ASCII ones.
    QVERIFY(std::any_of(systemText.cbegin(), systemText.cend(),
                        [](QChar c) { return c >= QChar(0x06F0) && c <= QChar(0x06F9); }));
    QVERIFY2(!systemText.contains(QRegularExpression(QStringLiteral("[0-9]"))),
             system.out.constData());
    const Run overridden =
        run(QStringList{QStringLiteral("summary"), QStringLiteral("--lang=en")} + server(), farsi);
    QCOMPARE(overridden.exitCode, 0);
    QVERIFY2(overridden.out.contains("Calls this month"), overridden.out.constData());

    // Help in Persian lists the option too.
    const Run help = run({QStringLiteral("export"), QStringLiteral("--help"),
                          QStringLiteral("--lang"), QStringLiteral("fa")},
                         env({}));
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("--lang"));
    QVERIFY(QString::fromUtf8(help.out).contains(QStringLiteral("زبان")));

    // A language there is no translation for: one clear line, a usage error, for the
    // window as for a command.
    for (const QStringList &args :
         {QStringList{QStringLiteral("--lang=de")},
          QStringList{QStringLiteral("export"), QStringLiteral("--demo"), QStringLiteral("--lang"),
                      QStringLiteral("de")},
          QStringList{QStringLiteral("summary"), QStringLiteral("--lang")}}) {
        const Run bad = run(args, env({}));
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("--lang"), bad.err.constData());
        QCOMPARE(bad.err.count('\n'), 1);
        QVERIFY(bad.out.isEmpty());
    }
}

void TestCli::textWithoutDisplay_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArrayList>("expected");
    const QByteArray version = "geobox-usage " GEOBOX_VERSION "\n";
    const QByteArrayList help{"--demo", "--server", "--screenshot", "--version", "export"};
    QTest::newRow("--version") << QStringList{QStringLiteral("--version")}
                               << QByteArrayList{version};
    QTest::newRow("-v") << QStringList{QStringLiteral("-v")} << QByteArrayList{version};
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << help;
    QTest::newRow("-h") << QStringList{QStringLiteral("-h")} << help;
    QTest::newRow("--demo --version")
        << QStringList{QStringLiteral("--demo"), QStringLiteral("--version")}
        << QByteArrayList{version};
}

// After installing the package on a machine with no X server (CI), --version and --help
// still answer: they never construct a QApplication.
void TestCli::textWithoutDisplay()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArrayList, expected);
    QProcessEnvironment noDisplay = env({});
    noDisplay.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    noDisplay.remove(QStringLiteral("DISPLAY"));
    noDisplay.remove(QStringLiteral("WAYLAND_DISPLAY"));

    // The environment really has no display: the window cannot open in it.
    const Run window = run({QStringLiteral("--demo")}, noDisplay);
    QVERIFY(window.exitCode != 0);

    const Run r = run(args, noDisplay);
    QCOMPARE(r.exitCode, 0);
    if (expected.size() == 1 && expected.first().startsWith("geobox-usage "))
        QCOMPARE(r.out, expected.first());
    for (const QByteArray &text : expected)
        QVERIFY2(r.out.contains(text), text.constData());
}

void TestCli::wordsWithoutDisplay_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArrayList>("out"); // each in stdout
    QTest::addColumn<QByteArray>("err");     // all of stderr
    const QByteArray unknown = "geobox-usage: unknown command '%1'; commands: export, explain, "
                               "collect, summary, check, login, logout, help\n";
    const QByteArrayList help{
        "Usage: geobox-usage [options]\n", "--demo", "--screenshot",
        "Commands: export, explain, collect, summary, check, login, logout, help"};
    QTest::newRow("bogus") << QStringList{QStringLiteral("bogus")} << 2 << QByteArrayList{}
                           << QByteArray(unknown).replace("%1", "bogus");
    QTest::newRow("bogus --demo") << QStringList{QStringLiteral("bogus"), QStringLiteral("--demo")}
                                  << 2 << QByteArrayList{}
                                  << QByteArray(unknown).replace("%1", "bogus");
    QTest::newRow("--lang before a bogus word")
        << QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("bogus")} << 2
        << QByteArrayList{} << QByteArray(unknown).replace("%1", "bogus");
    QTest::newRow("--lang before help")
        << QStringList{QStringLiteral("--lang=en"), QStringLiteral("help")} << 0 << help
        << QByteArray();
    QTest::newRow("a capital") << QStringList{QStringLiteral("Export")} << 2 << QByteArrayList{}
                               << QByteArray(unknown).replace("%1", "Export");
    QTest::newRow("help") << QStringList{QStringLiteral("help")} << 0 << help << QByteArray();
    QTest::newRow("help help") << QStringList{QStringLiteral("help"), QStringLiteral("help")} << 0
                               << help << QByteArray();
    QTest::newRow("help --lang en")
        << QStringList{QStringLiteral("help"), QStringLiteral("--lang"), QStringLiteral("en")} << 0
        << help << QByteArray();
    QTest::newRow("help export") << QStringList{QStringLiteral("help"), QStringLiteral("export")}
                                 << 0
                                 << QByteArrayList{"Usage: geobox-usage export [options]\n",
                                                   "--resource", "--days"}
                                 << QByteArray();
    QTest::newRow("help logout") << QStringList{QStringLiteral("help"), QStringLiteral("logout")}
                                 << 0
                                 << QByteArrayList{"Usage: geobox-usage logout [options]\n",
                                                   "--server"}
                                 << QByteArray();
    QTest::newRow("help bogus") << QStringList{QStringLiteral("help"), QStringLiteral("bogus")} << 2
                                << QByteArrayList{} << QByteArray(unknown).replace("%1", "bogus");
    QTest::newRow("help export summary")
        << QStringList{QStringLiteral("help"), QStringLiteral("export"), QStringLiteral("summary")}
        << 2 << QByteArrayList{} << QByteArray("geobox-usage: Unexpected argument: summary\n");
}

// A word where a command goes is answered without a display: a command, help, or one line
// naming the commands there are. None of it aborts for want of a window.
void TestCli::wordsWithoutDisplay()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QByteArrayList, out);
    QFETCH(QByteArray, err);
    const Run r = run(args, noDisplay());
    QCOMPARE(r.err, err);
    QCOMPARE(r.exitCode, exitCode);
    if (out.isEmpty())
        QVERIFY(r.out.isEmpty());
    QVERIFY2(out.isEmpty() || r.out.startsWith(out.first()), r.out.constData());
    for (const QByteArray &text : out)
        QVERIFY2(r.out.contains(text), text.constData());
}

// The list in the message is the commands there are: each answers its --help (help itself
// prints the program's).
void TestCli::unknownCommandListsTheCommands()
{
    const Run r = run({QStringLiteral("bogus")}, noDisplay());
    QCOMPARE(r.exitCode, 2);
    const QByteArray marker = "; commands: ";
    const qsizetype at = r.err.indexOf(marker);
    QVERIFY2(at > 0, r.err.constData());
    const QStringList names =
        QString::fromUtf8(r.err.mid(at + marker.size()).trimmed()).split(QStringLiteral(", "));
    QVERIFY(names.size() >= 5);
    for (const QString &name : names) {
        const Run help = run({name, QStringLiteral("--help")}, noDisplay());
        QVERIFY2(help.exitCode == 0, (name.toUtf8() + ' ' + help.err).constData());
        const QByteArray usage = name == QLatin1String("help")
                                     ? QByteArray("Usage: geobox-usage [options]\n")
                                     : "Usage: geobox-usage " + name.toUtf8() + " [options]\n";
        QVERIFY2(help.out.startsWith(usage), (name.toUtf8() + ' ' + help.out).constData());
    }
}

void TestCli::helpNamesTheCommand_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("usage");
    for (const char *command : {"export", "summary", "login", "logout"}) {
        QTest::newRow(command) << QStringList{QLatin1String(command), QStringLiteral("--help")}
                               << "Usage: geobox-usage " + QByteArray(command) + " [options]\n";
    }
    QTest::newRow("-h") << QStringList{QStringLiteral("export"), QStringLiteral("-h")}
                        << QByteArray("Usage: geobox-usage export [options]\n");
    QTest::newRow("the window") << QStringList{QStringLiteral("--help")}
                                << QByteArray("Usage: geobox-usage [options]\n");
}

// --help names the command as it is typed, not the path the binary was started by.
void TestCli::helpNamesTheCommand()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, usage);
    const Run r = run(args, noDisplay());
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(usage), r.out.constData());
    QVERIFY(!r.out.contains(GEOBOX_USAGE_BIN));
}

void TestCli::timeoutBounds_data()
{
    QTest::addColumn<QString>("seconds");
    QTest::addColumn<int>("exitCode");
    // 3: taken, and the command goes on to find no credentials.
    QTest::newRow("0") << QStringLiteral("0") << 2;
    QTest::newRow("0.5") << QStringLiteral("0.5") << 2;
    QTest::newRow("-1") << QStringLiteral("-1") << 2;
    QTest::newRow("1") << QStringLiteral("1") << 3;
    QTest::newRow("1.5") << QStringLiteral("1.5") << 3;
    QTest::newRow("3600") << QStringLiteral("3600") << 3;
    QTest::newRow("3601") << QStringLiteral("3601") << 2;
    QTest::newRow("ten") << QStringLiteral("ten") << 2;
}

// --timeout takes 1 to 3600 seconds, and says so when given anything else.
void TestCli::timeoutBounds()
{
    QFETCH(QString, seconds);
    QFETCH(int, exitCode);
    for (const char *command : {"export", "summary"}) {
        const Run r = run(QStringList{QLatin1String(command), QStringLiteral("--lang"),
                                      QStringLiteral("en"), QStringLiteral("--timeout"), seconds} +
                              server(),
                          env({}));
        QCOMPARE(r.exitCode, exitCode);
        QCOMPARE(r.err.count('\n'), 1);
        if (exitCode == 2)
            QCOMPARE(r.err, "geobox-usage: --timeout " + seconds.toUtf8() +
                                ": give a number of seconds from 1 to 3,600.\n");
        else
            QVERIFY2(r.err.contains("GEOBOX_APIKEY"), r.err.constData());
    }
}

// summary as text: each quota as "used of limit (percent)", with the window's words for
// counts, sizes and durations ("6 min 21 s", not "381.7 s").
void TestCli::summaryTextAsTheWindowWritesIt()
{
    const QStringList args =
        QStringList{QStringLiteral("summary"), QStringLiteral("--lang"), QStringLiteral("en")} +
        server();
    // The figures of today move with the clock: read them as JSON around the text, and again
    // if they moved in between.
    QJsonObject json;
    Run text;
    for (int attempt = 0; attempt < 3; ++attempt) {
        const Run before =
            run(args + QStringList{QStringLiteral("--format"), QStringLiteral("json")},
                env(m_sandbox.apiKey));
        text = run(args, env(m_sandbox.apiKey));
        const Run after =
            run(args + QStringList{QStringLiteral("--format"), QStringLiteral("json")},
                env(m_sandbox.apiKey));
        QCOMPARE(before.exitCode, 0);
        QCOMPARE(text.exitCode, 0);
        json = QJsonDocument::fromJson(before.out).object();
        if (before.out == after.out)
            break;
    }
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const auto figure = [&](const char *key) { return json.value(QLatin1String(key)).toInteger(); };
    using Format = QString (*)(qint64, const QLocale &);
    const Format count = [](qint64 v, const QLocale &l) { return Formatting::count(v, l); };
    const Format bytes = [](qint64 v, const QLocale &l) { return Formatting::bytes(v, l); };
    const Format seconds = [](qint64 v, const QLocale &l) {
        return Formatting::duration(static_cast<double>(v), l);
    };
    struct Line
    {
        const char *label;
        const char *used;
        const char *limit;
        Format format;
    };
    const Line lines[] = {
        {"Calls today", "daily_api_calls", "max_daily_api_calls", count},
        {"Calls this month", "monthly_api_calls", "max_monthly_api_calls", count},
        {"Traffic today", "daily_traffic", "max_daily_traffic", bytes},
        {"Traffic this month", "monthly_traffic", "max_monthly_traffic", bytes},
        {"Processing today", "daily_process", "max_daily_process", seconds},
        {"Processing this month", "monthly_process", "max_monthly_process", seconds},
        {"Storage", "used_storage", "available_storage", bytes},
    };
    QStringList expected;
    for (const Line &line : lines) {
        const Quota quota{figure(line.used), figure(line.limit)};
        QVERIFY2(quota.hasLimit(), line.label); // the sandbox's plan has every limit
        expected.append(QString::fromLatin1(line.label).leftJustified(30) +
                        QStringLiteral("%1 of %2 (%3)")
                            .arg(line.format(quota.used, english),
                                 line.format(quota.maximum, english),
                                 Formatting::quotaPercent(quota, english)));
    }
    expected.append(QStringLiteral("Days left on the plan").leftJustified(30) +
                    english.toString(figure("remaining_days")));
    expected.append(
        QStringLiteral("Processing, last 30 days").leftJustified(30) +
        Formatting::duration(json.value(QStringLiteral("process_seconds_last_30_days")).toDouble(),
                             english));
    const QStringList printed = QString::fromUtf8(text.out).trimmed().split(QLatin1Char('\n'));
    QCOMPARE(printed.mid(0, expected.size()), expected);
    // Then the forecast of the six daily and monthly quotas, in words.
    QCOMPARE(printed.value(expected.size()), QString());
    QCOMPARE(printed.value(expected.size() + 1), QStringLiteral("Forecast"));
    QCOMPARE(printed.size(), expected.size() + 2 + 6);
    for (const QString &line : printed.mid(expected.size() + 2))
        QVERIFY2(line.mid(30).startsWith(QStringLiteral("At this rate: ")), qPrintable(line));
    QVERIFY(printed.last().contains(QStringLiteral("run rate of the month so far")));
    // The durations are the window's: whole minutes and seconds, never "381.7 s".
    QVERIFY2(!QString::fromUtf8(text.out).contains(
                 QRegularExpression(QStringLiteral("[0-9]\\.[0-9] s\\b"))),
             text.out.constData());
}

void TestCli::weekStart()
{
    const QStringList weeks = QStringList{QStringLiteral("export"),      QStringLiteral("--scale"),
                                          QStringLiteral("week"),        QStringLiteral("--metric"),
                                          QStringLiteral("calls"),       QStringLiteral("--from"),
                                          m_first.toString(Qt::ISODate), QStringLiteral("--to"),
                                          m_last.toString(Qt::ISODate)} +
                              server();
    // Each row's start and calls; every week after a cut first one starts on `day`.
    const auto rows = [this](const Run &r, Qt::DayOfWeek day, qint64 *sum) {
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        *sum = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> cells = lines[i].trimmed().split(',');
            const QDate start =
                QDateTime::fromString(QString::fromLatin1(cells[0]), Qt::ISODate).date();
            if (i > 1 || start != m_first) {
                if (start.dayOfWeek() != day)
                    return false;
            }
            *sum += cells[4].toLongLong();
        }
        return lines.size() > 2;
    };
    qint64 mondays = 0;
    const Run english = run(weeks, env(m_sandbox.apiKey));
    QCOMPARE(english.exitCode, 0);
    QVERIFY2(rows(english, Qt::Monday, &mondays), english.out.constData());

    // Persian weeks start on Saturday on screen; an export still starts them on Monday,
    // byte for byte as in English, unless told.
    const Run persian = run(weeks + QStringList{QStringLiteral("--lang"), QStringLiteral("fa")},
                            env(m_sandbox.apiKey));
    QCOMPARE(persian.exitCode, 0);
    QCOMPARE(persian.out, english.out);
    for (const auto &[name, day] :
         {std::pair{"saturday", Qt::Saturday}, std::pair{"sunday", Qt::Sunday},
          std::pair{"monday", Qt::Monday}}) {
        const Run told =
            run(weeks + QStringList{QStringLiteral("--week-start"), QString::fromLatin1(name),
                                    QStringLiteral("--lang"), QStringLiteral("fa")},
                env(m_sandbox.apiKey));
        QCOMPARE(told.exitCode, 0);
        qint64 sum = 0;
        QVERIFY2(rows(told, day, &sum), told.out.constData());
        QCOMPARE(sum, mondays); // the same days, grouped otherwise
        QCOMPARE(told.out == english.out, day == Qt::Monday);
    }

    // Any other value: one clear line, a usage error, nothing sent or printed.
    for (const QString &bad :
         {QStringLiteral("friday"), QStringLiteral("Saturday"), QStringLiteral("6"), QString()}) {
        const Run r =
            run(weeks + QStringList{QStringLiteral("--week-start"), bad}, env(m_sandbox.apiKey));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith("geobox-usage: --week-start takes monday, saturday or sunday"),
                 r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.out.isEmpty());
    }
    const Run help = run({QStringLiteral("export"), QStringLiteral("--help")}, env({}));
    QVERIFY2(help.out.contains("--week-start <day>"), help.out.constData());
}

void TestCli::languageSettingComesBetween()
{
    // Settings › Language, as the window saves it, in a settings directory of its own.
    QTemporaryDir config;
    QVERIFY(config.isValid());
    const auto saveLanguage = [&config](const QString &code) {
        QSettings saved(config.filePath(QStringLiteral("Geobox/geobox-usage.conf")),
                        QSettings::IniFormat);
        saved.setValue(QStringLiteral("display/language"), code);
        saved.sync();
        return saved.status() == QSettings::NoError;
    };
    const auto summaryIn = [&](const QString &lang, const QStringList &extra = {}) {
        QProcessEnvironment e = env(m_sandbox.apiKey);
        e.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
        e.insert(QStringLiteral("LANG"), lang);
        const Run r = run(QStringList{QStringLiteral("summary")} + server() + extra, e);
        return r.exitCode == 0 ? QString::fromUtf8(r.out) : QString();
    };
    const auto persian = [](const QString &text) {
        return text.contains(QStringLiteral("فراخوانی")) &&
               !text.contains(QStringLiteral("Calls this month"));
    };
    const auto english = [](const QString &text) {
        return text.contains(QStringLiteral("Calls this month"));
    };

    // The setting beats LANG, both ways.
    QVERIFY(saveLanguage(QStringLiteral("fa")));
    QString text = summaryIn(QStringLiteral("C.UTF-8"));
    QVERIFY2(persian(text), qPrintable(text));
    QVERIFY(saveLanguage(QStringLiteral("en")));
    text = summaryIn(QStringLiteral("fa_IR.UTF-8"));
    QVERIFY2(english(text), qPrintable(text));
    // --lang beats the setting.
    text = summaryIn(QStringLiteral("C.UTF-8"), {QStringLiteral("--lang"), QStringLiteral("fa")});
    QVERIFY2(persian(text), qPrintable(text));
    QVERIFY(saveLanguage(QStringLiteral("fa")));
    text = summaryIn(QStringLiteral("fa_IR.UTF-8"), {QStringLiteral("--lang=en")});
    QVERIFY2(english(text), qPrintable(text));
    // "System" (no setting): LANG decides.
    QVERIFY(saveLanguage(QString()));
    text = summaryIn(QStringLiteral("fa_IR.UTF-8"));
    QVERIFY2(persian(text), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
