// CSV and JSON exports: the columns and their order, RFC 4180 quoting, the
// spreadsheet-formula guard, ISO timestamps with a zone, the Jalali column,
// empty cells for a metric not asked for, and atomic writes that leave nothing
// on failure.

#include "usageexport.h"

#include <QCalendar>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <unistd.h>

using namespace geobox;

namespace {

QDateTime utc(int y, int m, int d, int h = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone::utc());
}

DashboardSnapshot sampleSnapshot(bool calls = true, bool traffic = true)
{
    DashboardSnapshot s;
    User ana;
    ana.id = 17;
    ana.username = QStringLiteral("ana");
    s.query.resource = Resource::account(ana);
    s.query.scale = Scale::Day;
    s.query.calls = calls;
    s.query.traffic = traffic;
    for (int d = 1; d <= 3; ++d) {
        UsageRow row;
        row.start = utc(2026, 3, d);
        row.end = utc(2026, 3, d + 1);
        if (calls)
            row.calls = d == 2 ? 0 : 1000 * d;
        if (traffic)
            row.traffic = d == 2 ? 0 : 5'000'000'000LL * d;
        row.running = d == 3;
        s.rows.append(row);
    }
    return s;
}

} // namespace

class TestUsageExport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textCells_data();
    void textCells();
    void timestamps_data();
    void timestamps();
    void jalaliAvailable();
    void jalaliTimestamps_data();
    void jalaliTimestamps();
    void calendarNames();
    void csv();
    void csvJalali();
    void jsonJalali();
    void csvMetricNotAskedIsEmpty();
    void csvResourceNames_data();
    void csvResourceNames();
    void json();
    void emptyRange();
    void atomicSaveReplacesOnlyOnSuccess();
    void unwritablePlaceLeavesNothing();
};

void TestUsageExport::textCells_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("cell");
    QTest::newRow("plain") << QStringLiteral("account:ana") << QByteArray("account:ana");
    QTest::newRow("space") << QStringLiteral("key:Web map") << QByteArray("key:Web map");
    QTest::newRow("comma quoted") << QStringLiteral("a,b") << QByteArray("\"a,b\"");
    QTest::newRow("quote doubled")
        << QStringLiteral("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"");
    QTest::newRow("newline quoted") << QStringLiteral("a\nb") << QByteArray("\"a\nb\"");
    QTest::newRow("formula =") << QStringLiteral("=HYPERLINK(1)") << QByteArray("'=HYPERLINK(1)");
    QTest::newRow("formula +") << QStringLiteral("+1") << QByteArray("'+1");
    QTest::newRow("formula -") << QStringLiteral("-1+2") << QByteArray("'-1+2");
    QTest::newRow("formula @") << QStringLiteral("@SUM(A1)") << QByteArray("'@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\tx") << QByteArray("'\tx");
    QTest::newRow("carriage return") << QStringLiteral("\rx") << QByteArray("\"'\rx\"");
    QTest::newRow("guard and quote") << QStringLiteral("=a,b") << QByteArray("\"'=a,b\"");
    QTest::newRow("inner = is fine") << QStringLiteral("a=b") << QByteArray("a=b");
    QTest::newRow("utf-8") << QStringLiteral("کلید") << QStringLiteral("کلید").toUtf8();
    QTest::newRow("empty") << QString() << QByteArray();
}

void TestUsageExport::textCells()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, cell);
    QCOMPARE(csvTextCell(text), cell);
}

void TestUsageExport::timestamps_data()
{
    QTest::addColumn<QDateTime>("t");
    QTest::addColumn<QString>("iso");
    QTest::newRow("utc") << utc(2026, 3, 1) << QStringLiteral("2026-03-01T00:00:00Z");
    QTest::newRow("utc evening") << QDateTime(QDate(2025, 12, 31), QTime(23, 59, 58),
                                              QTimeZone::utc())
                                 << QStringLiteral("2025-12-31T23:59:58Z");
    QTest::newRow("tehran") << QDateTime(QDate(2026, 3, 1), QTime(0, 0), QTimeZone("Asia/Tehran"))
                            << QStringLiteral("2026-03-01T00:00:00+03:30");
    QTest::newRow("west of utc") << QDateTime(QDate(2026, 1, 15), QTime(8, 5, 1),
                                              QTimeZone("America/New_York"))
                                 << QStringLiteral("2026-01-15T08:05:01-05:00");
    QTest::newRow("before 1970") << utc(1969, 12, 31, 23) << QStringLiteral("1969-12-31T23:00:00Z");
    QTest::newRow("before 1970, with a fraction")
        << QDateTime(QDate(1012, 7, 7), QTime(13, 45, 59, 500), QTimeZone::utc())
        << QStringLiteral("1012-07-07T13:45:59Z");
}

void TestUsageExport::timestamps()
{
    QFETCH(QDateTime, t);
    QFETCH(QString, iso);
    QCOMPARE(isoTimestamp(t), iso);
    // Same instant, to the second, as Qt's own reading of it.
    QCOMPARE(QDateTime::fromString(iso, Qt::ISODate).toMSecsSinceEpoch(),
             t.toMSecsSinceEpoch() - (t.time().msec()));
}

void TestUsageExport::jalaliAvailable()
{
    // The Jalali column needs Qt's Jalali calendar (a Qt feature that can be built out).
    QVERIFY2(QCalendar::availableCalendars().contains(QStringLiteral("Jalali")),
             "this Qt has no Jalali calendar (QCalendar::availableCalendars()); "
             "--calendar jalali and the Jalali display cannot work with it");
    QVERIFY(jalaliCalendarAvailable());
}

void TestUsageExport::jalaliTimestamps_data()
{
    QTest::addColumn<QDateTime>("t");
    QTest::addColumn<QString>("jalali");
    const QTimeZone tehran("Asia/Tehran");
    // Known days: Nowruz 1405 is 21 March 2026, 1404 has no 30 Esfand, 1403 (a leap year)
    // has; 1 January 1970 is 11 Dey 1348; 6 Azar 1405 is 27 November 2026.
    QTest::newRow("utc") << utc(2026, 11, 27, 14) << QStringLiteral("1405-09-06T14:00:00Z");
    QTest::newRow("tehran, the brief's example")
        << QDateTime(QDate(2026, 11, 27), QTime(14, 0), tehran)
        << QStringLiteral("1405-09-06T14:00:00+03:30");
    QTest::newRow("nowruz 1405") << utc(2026, 3, 21) << QStringLiteral("1405-01-01T00:00:00Z");
    QTest::newRow("last second of 1404")
        << QDateTime(QDate(2026, 3, 20), QTime(23, 59, 59), QTimeZone::utc())
        << QStringLiteral("1404-12-29T23:59:59Z");
    QTest::newRow("30 esfand of leap 1403")
        << utc(2025, 3, 20, 6) << QStringLiteral("1403-12-30T06:00:00Z");
    // The day is the one of the stamp's own offset: 21:00 UTC is already Nowruz in Tehran.
    QTest::newRow("utc evening, still 1404")
        << utc(2026, 3, 20, 21) << QStringLiteral("1404-12-29T21:00:00Z");
    QTest::newRow("same instant in tehran")
        << utc(2026, 3, 20, 21).toTimeZone(tehran) << QStringLiteral("1405-01-01T00:30:00+03:30");
    QTest::newRow("west of utc") << QDateTime(QDate(2026, 1, 15), QTime(8, 5, 1),
                                              QTimeZone("America/New_York"))
                                 << QStringLiteral("1404-10-25T08:05:01-05:00");
    QTest::newRow("epoch") << utc(1970, 1, 1) << QStringLiteral("1348-10-11T00:00:00Z");
    QTest::newRow("before 1970") << utc(1969, 12, 31, 23) << QStringLiteral("1348-10-10T23:00:00Z");
    QTest::newRow("end of the month of azar")
        << utc(2026, 12, 21, 23) << QStringLiteral("1405-09-30T23:00:00Z");
}

void TestUsageExport::jalaliTimestamps()
{
    QFETCH(QDateTime, t);
    QFETCH(QString, jalali);
    QCOMPARE(jalaliTimestamp(t), jalali);
    // The same time and zone as the ISO stamp: only the date is written differently.
    const QString iso = isoTimestamp(t);
    QCOMPARE(jalali.mid(10), iso.mid(10));
    // And that date, read back in the Jalali calendar, is the ISO stamp's day.
    const QCalendar calendar(QCalendar::System::Jalali);
    const QDate back = calendar.dateFromParts(jalali.left(4).toInt(), jalali.mid(5, 2).toInt(),
                                              jalali.mid(8, 2).toInt());
    QCOMPARE(back, QDate::fromString(iso.left(10), Qt::ISODate));
}

void TestUsageExport::calendarNames()
{
    QCOMPARE(exportCalendarFromName(u"gregorian"), std::optional(ExportCalendar::Gregorian));
    QCOMPARE(exportCalendarFromName(u"jalali"), std::optional(ExportCalendar::Jalali));
    QVERIFY(!exportCalendarFromName(u"Jalali").has_value());
    QVERIFY(!exportCalendarFromName(u"persian").has_value());
    QVERIFY(!exportCalendarFromName(u"").has_value());
}

void TestUsageExport::csv()
{
    const QByteArray csv = exportBytes(sampleSnapshot(), ExportFormat::Csv);
    const QList<QByteArray> lines = csv.split('\n');
    QCOMPARE(lines.size(), 5); // header, 3 rows, and the empty rest after the last CRLF
    QCOMPARE(lines[0],
             QByteArray("bucket_start,bucket_end,scale,resource,calls,traffic_bytes,partial\r"));
    QCOMPARE(
        lines[1],
        QByteArray(
            "2026-03-01T00:00:00Z,2026-03-02T00:00:00Z,day,account:ana,1000,5000000000,false\r"));
    QCOMPARE(lines[2],
             QByteArray("2026-03-02T00:00:00Z,2026-03-03T00:00:00Z,day,account:ana,0,0,false\r"));
    QCOMPARE(
        lines[3],
        QByteArray(
            "2026-03-03T00:00:00Z,2026-03-04T00:00:00Z,day,account:ana,3000,15000000000,true\r"));
    QVERIFY(lines[4].isEmpty());
}

void TestUsageExport::csvJalali()
{
    // The default is the Gregorian file, byte for byte.
    QCOMPARE(exportBytes(sampleSnapshot(), ExportFormat::Csv, ExportCalendar::Gregorian),
             exportBytes(sampleSnapshot(), ExportFormat::Csv));
    const QList<QByteArray> lines =
        exportBytes(sampleSnapshot(), ExportFormat::Csv, ExportCalendar::Jalali).split('\n');
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines[0], QByteArray("bucket_start,bucket_start_jalali,bucket_end,scale,resource,"
                                  "calls,traffic_bytes,partial\r"));
    QCOMPARE(lines[0], csvHeader(ExportCalendar::Jalali) + '\r');
    // 1 March 2026 is 10 Esfand 1404.
    QCOMPARE(lines[1], QByteArray("2026-03-01T00:00:00Z,1404-12-10T00:00:00Z,2026-03-02T00:00:00Z,"
                                  "day,account:ana,1000,5000000000,false\r"));
    QCOMPARE(lines[3], QByteArray("2026-03-03T00:00:00Z,1404-12-12T00:00:00Z,2026-03-04T00:00:00Z,"
                                  "day,account:ana,3000,15000000000,true\r"));
    // Every other column is the Gregorian file's.
    const QList<QByteArray> gregorian =
        exportBytes(sampleSnapshot(), ExportFormat::Csv).split('\n');
    for (qsizetype i = 1; i < 4; ++i) {
        QList<QByteArray> cells = lines[i].split(',');
        cells.removeAt(1);
        QCOMPARE(cells.join(','), gregorian[i]);
    }

    // Hours over a Tehran midnight: the Jalali day turns with the stamp's own offset.
    DashboardSnapshot hours = sampleSnapshot();
    hours.query.scale = Scale::Hour;
    hours.rows.clear();
    const QTimeZone tehran("Asia/Tehran");
    for (int h = 0; h < 3; ++h) {
        UsageRow row;
        row.start = QDateTime(QDate(2026, 3, 20), QTime(23, 0), tehran).addSecs(3600 * h);
        row.end = row.start.addSecs(3600);
        row.calls = h;
        hours.rows.append(row);
    }
    const QList<QByteArray> hourLines =
        exportBytes(hours, ExportFormat::Csv, ExportCalendar::Jalali).split('\n');
    QVERIFY(hourLines[1].startsWith("2026-03-20T23:00:00+03:30,1404-12-29T23:00:00+03:30,"));
    QVERIFY(hourLines[2].startsWith("2026-03-21T00:00:00+03:30,1405-01-01T00:00:00+03:30,"));
    QVERIFY(hourLines[3].startsWith("2026-03-21T01:00:00+03:30,1405-01-01T01:00:00+03:30,"));
}

void TestUsageExport::jsonJalali()
{
    const QByteArray bytes =
        exportBytes(sampleSnapshot(), ExportFormat::Json, ExportCalendar::Jalali);
    QJsonParseError error{};
    const QJsonArray rows = QJsonDocument::fromJson(bytes, &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(rows.size(), 3);
    const QJsonObject first = rows.at(0).toObject();
    QCOMPARE(first.keys().size(), 8);
    QCOMPARE(first.value(QStringLiteral("bucket_start_jalali")).toString(),
             QStringLiteral("1404-12-10T00:00:00Z"));
    QCOMPARE(first.value(QStringLiteral("bucket_start")).toString(),
             QStringLiteral("2026-03-01T00:00:00Z"));
    // Right after bucket_start, as in the CSV.
    QVERIFY(bytes.indexOf("\"bucket_start\"") < bytes.indexOf("\"bucket_start_jalali\""));
    QVERIFY(bytes.indexOf("\"bucket_start_jalali\"") < bytes.indexOf("\"bucket_end\""));
    QVERIFY(!exportBytes(sampleSnapshot(), ExportFormat::Json).contains("jalali"));
}

void TestUsageExport::csvMetricNotAskedIsEmpty()
{
    const QList<QByteArray> callsOnly =
        exportBytes(sampleSnapshot(true, false), ExportFormat::Csv).split('\n');
    QVERIFY(callsOnly[1].endsWith(",1000,,false\r"));
    const QList<QByteArray> trafficOnly =
        exportBytes(sampleSnapshot(false, true), ExportFormat::Csv).split('\n');
    QVERIFY(trafficOnly[1].endsWith(",account:ana,,5000000000,false\r"));
}

void TestUsageExport::csvResourceNames_data()
{
    QTest::addColumn<Resource>("resource");
    QTest::addColumn<QByteArray>("cell");
    ApiKey key{5, QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("secret-never-exported"),
               false};
    QTest::newRow("hostile key name")
        << Resource::apiKey(key) << QByteArray("key:=cmd|' /C calc'!A0");
    ApiKey plain{6, QStringLiteral("Web map"), QStringLiteral("another-secret"), true};
    QTest::newRow("key") << Resource::apiKey(plain) << QByteArray("key:Web map");
    User bo;
    bo.id = 9;
    bo.username = QStringLiteral("bo");
    QTest::newRow("other user") << Resource::otherUser(bo) << QByteArray("user:bo");
}

void TestUsageExport::csvResourceNames()
{
    QFETCH(Resource, resource);
    QFETCH(QByteArray, cell);
    DashboardSnapshot s = sampleSnapshot();
    s.query.resource = resource;
    const QByteArray csv = exportBytes(s, ExportFormat::Csv);
    QVERIFY(csv.contains(",day," + cell + ","));
    if (resource.kind == Resource::Kind::ApiKey)
        QVERIFY(!csv.contains(resource.keySecret.toUtf8()));
}

void TestUsageExport::json()
{
    DashboardSnapshot s = sampleSnapshot(true, false);
    s.query.resource.name = QStringLiteral("a\"b\\c");
    const QByteArray bytes = exportBytes(s, ExportFormat::Json);
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray rows = doc.array();
    QCOMPARE(rows.size(), 3);
    const QJsonObject first = rows.at(0).toObject();
    QCOMPARE(first.keys().size(), 7);
    QCOMPARE(first.value(QStringLiteral("bucket_start")).toString(),
             QStringLiteral("2026-03-01T00:00:00Z"));
    QCOMPARE(first.value(QStringLiteral("bucket_end")).toString(),
             QStringLiteral("2026-03-02T00:00:00Z"));
    QCOMPARE(first.value(QStringLiteral("scale")).toString(), QStringLiteral("day"));
    QCOMPARE(first.value(QStringLiteral("resource")).toString(), QStringLiteral("account:a\"b\\c"));
    QCOMPARE(first.value(QStringLiteral("calls")).toInteger(), 1000);
    QVERIFY(first.value(QStringLiteral("traffic_bytes")).isNull());
    QCOMPARE(first.value(QStringLiteral("partial")).toBool(), false);
    QCOMPARE(rows.at(2).toObject().value(QStringLiteral("partial")).toBool(), true);
}

void TestUsageExport::emptyRange()
{
    DashboardSnapshot s = sampleSnapshot();
    s.rows.clear();
    QCOMPARE(exportBytes(s, ExportFormat::Csv), csvHeader() + "\r\n");
    QCOMPARE(QJsonDocument::fromJson(exportBytes(s, ExportFormat::Json)).array().size(), 0);
    QVERIFY(QJsonDocument::fromJson(exportBytes(s, ExportFormat::Json)).isArray());
}

void TestUsageExport::atomicSaveReplacesOnlyOnSuccess()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("usage.csv"));
    QVERIFY(!saveExport(path, sampleSnapshot(), ExportFormat::Csv).has_value());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), exportBytes(sampleSnapshot(), ExportFormat::Csv));
    file.close();
    // Replaced whole by the next export.
    DashboardSnapshot other = sampleSnapshot(false, true);
    QVERIFY(!saveExport(path, other, ExportFormat::Json).has_value());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), exportBytes(other, ExportFormat::Json));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1); // no temporary left over
}

void TestUsageExport::unwritablePlaceLeavesNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString missing = dir.filePath(QStringLiteral("no/such/dir/usage.csv"));
    const std::optional<QString> why = saveExport(missing, sampleSnapshot(), ExportFormat::Csv);
    QVERIFY(why.has_value());
    QVERIFY2(why->contains(missing), qPrintable(*why));
    QVERIFY(!QFile::exists(missing));

    if (::geteuid() == 0)
        QSKIP("root writes into read-only directories; the CLI tests cover a full device");
    const QString existing = dir.filePath(QStringLiteral("old.csv"));
    QFile old(existing);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("precious");
    old.close();
    QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
    QVERIFY(saveExport(existing, sampleSnapshot(), ExportFormat::Csv).has_value());
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("precious"));
}

QTEST_GUILESS_MAIN(TestUsageExport)
#include "tst_usageexport.moc"
