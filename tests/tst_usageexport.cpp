// CSV and JSON exports: the columns and their order, RFC 4180 quoting, the
// spreadsheet-formula guard, ISO timestamps with a zone, empty cells for a
// metric not asked for, and atomic writes that leave nothing on failure.

#include "usageexport.h"

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
        row.partial = d == 3;
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
    void csv();
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
