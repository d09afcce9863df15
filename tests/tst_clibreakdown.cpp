// `export --by key` and `explain` through QProcess against geobox-sandbox on 127.0.0.1,
// with and without usage from no listed key: every figure agrees with the sandbox's own
// per-key series to the call, the rows of a bucket add up to the account, the order and the
// fields are as documented, and bad arguments exit 2 with one line.

#include "previousperiod.h"
#include "sandboxfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdlib>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestCliBreakdown final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exportByKey_data();
    void exportByKey();
    void exportByKeyRefusesResource();
    void explain_data();
    void explain();
    void explainAgainstAChosenPeriod();
    void explainBadArguments_data();
    void explainBadArguments();

private:
    testing::SandboxFixture &sandbox(bool unattributed)
    {
        return unattributed ? m_unattributed : m_plain;
    }
    Run run(const QStringList &args, const testing::SandboxFixture &box);
    // The sandbox's sum for `owner` over whole days.
    qint64 total(const testing::SandboxFixture &box, const QString &owner, const QString &metric,
                 const geobox::DateRange &days) const;
    qint64 day(const testing::SandboxFixture &box, const QString &owner, const QString &metric,
               const QDate &d) const
    {
        return total(box, owner, metric, {d, d});
    }

    testing::SandboxFixture m_plain;
    // The commands' own HOME (their history file and settings), kept from other runs.
    QTemporaryDir m_home;
    testing::SandboxFixture m_unattributed;
    geobox::DateRange m_range;
    QStringList m_secrets;
};

void TestCliBreakdown::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // The command line reads the real clock: the sandboxes run on it too, and the tests
    // look at days well in the past, whose figures no longer change.
    m_plain.now = QDateTime();
    m_unattributed.now = QDateTime();
    m_unattributed.unattributedPercent = 20;
    QVERIFY(m_plain.start(5));
    QVERIFY(m_unattributed.start(5));
    const QDate today = QDateTime::currentDateTimeUtc().date();
    m_range = {today.addDays(-60), today.addDays(-50)};
    for (const auto *box : {&m_plain, &m_unattributed}) {
        m_secrets.append(box->apiKey);
        for (const auto &key : box->server->data().apiKeys())
            m_secrets.append(QString::fromLatin1(key.key));
    }
}

Run TestCliBreakdown::run(const QStringList &args, const testing::SandboxFixture &box)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("GEOBOX_APIKEY"), box.apiKey);
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(GEOBOX_USAGE_BIN),
                  args + QStringList{QStringLiteral("--server"), box.url().toString()});
    // The sandbox answers on this thread: keep the event loop running while we wait.
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000))
        process.kill();
    process.waitForFinished(1000);
    Run r;
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    for (const QString &secret : std::as_const(m_secrets)) {
        if (r.out.contains(secret.toUtf8()) || r.err.contains(secret.toUtf8()))
            qFatal("a secret was printed by: %s", qPrintable(args.join(QLatin1Char(' '))));
    }
    return r;
}

qint64 TestCliBreakdown::total(const testing::SandboxFixture &box, const QString &owner,
                               const QString &metric, const geobox::DateRange &days) const
{
    qint64 sum = 0;
    for (const auto &[start, value] :
         box.server->data().series(owner, QStringLiteral("day"), metric,
                                   QDateTime(days.first, QTime(0, 0), QTimeZone::utc()),
                                   QDateTime(days.last, QTime(23, 59, 59), QTimeZone::utc())))
        sum += value;
    return sum;
}

void TestCliBreakdown::exportByKey_data()
{
    QTest::addColumn<bool>("unattributed");
    QTest::addColumn<QString>("format");
    QTest::newRow("csv") << false << QStringLiteral("csv");
    QTest::newRow("json") << false << QStringLiteral("json");
    QTest::newRow("csv, 20% from no key") << true << QStringLiteral("csv");
    QTest::newRow("json, 20% from no key") << true << QStringLiteral("json");
}

void TestCliBreakdown::exportByKey()
{
    QFETCH(bool, unattributed);
    QFETCH(QString, format);
    const testing::SandboxFixture &box = sandbox(unattributed);
    const auto &data = box.server->data();
    const Run r =
        run({QStringLiteral("export"), QStringLiteral("--by"), QStringLiteral("key"),
             QStringLiteral("--from"), m_range.first.toString(Qt::ISODate), QStringLiteral("--to"),
             m_range.last.toString(Qt::ISODate), QStringLiteral("--format"), format},
            box);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());

    // The rows as objects, whichever the format.
    QList<QJsonObject> rows;
    if (format == QLatin1String("json")) {
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array())
            rows.append(v.toObject());
    } else {
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.first().trimmed(),
                 QByteArray("bucket_start,bucket_end,scale,resource,"
                            "key_id,key_name,calls,traffic_bytes,partial"));
        for (qsizetype i = 1; i < lines.size(); ++i) {
            // The sandbox's key names hold no comma or quote.
            const QList<QByteArray> c = lines.at(i).trimmed().split(',');
            QCOMPARE(c.size(), 9);
            QJsonObject o;
            o.insert(QStringLiteral("bucket_start"), QString::fromUtf8(c[0]));
            o.insert(QStringLiteral("scale"), QString::fromUtf8(c[2]));
            o.insert(QStringLiteral("resource"), QString::fromUtf8(c[3]));
            o.insert(QStringLiteral("key_id"),
                     c[4].isEmpty() ? QJsonValue() : QJsonValue(c[4].toLongLong()));
            o.insert(QStringLiteral("key_name"),
                     c[5].isEmpty() ? QJsonValue() : QJsonValue(QString::fromUtf8(c[5])));
            o.insert(QStringLiteral("calls"), c[6].toLongLong());
            o.insert(QStringLiteral("traffic_bytes"), c[7].toLongLong());
            rows.append(o);
        }
    }

    const auto keys = data.apiKeysOf(data.mainUser().id);
    const QString account = QString::number(data.mainUser().id);
    int unattributedRows = 0;
    qsizetype at = 0;
    for (QDate d = m_range.first; d <= m_range.last; d = d.addDays(1)) {
        qint64 calls = 0;
        qint64 traffic = 0;
        qint64 lastId = 0;
        // Every listed key, revoked ones and those without usage included, by id.
        for (qsizetype k = 0; k < keys.size(); ++k, ++at) {
            QVERIFY(at < rows.size());
            const QJsonObject &o = rows.at(at);
            QCOMPARE(o.value(QStringLiteral("bucket_start")).toString(),
                     d.toString(Qt::ISODate) + QStringLiteral("T00:00:00Z"));
            QCOMPARE(o.value(QStringLiteral("scale")).toString(), QStringLiteral("day"));
            const qint64 id = o.value(QStringLiteral("key_id")).toInteger();
            QVERIFY(id > lastId);
            lastId = id;
            const auto key = std::find_if(keys.cbegin(), keys.cend(),
                                          [id](const auto &x) { return x.id == id; });
            QVERIFY(key != keys.cend());
            QCOMPARE(o.value(QStringLiteral("key_name")).toString(), key->name);
            QCOMPARE(o.value(QStringLiteral("resource")).toString(),
                     QStringLiteral("key:") + key->name);
            const QString secret = QString::fromLatin1(key->key);
            QCOMPARE(o.value(QStringLiteral("calls")).toInteger(),
                     day(box, secret, QStringLiteral("calls"), d));
            QCOMPARE(o.value(QStringLiteral("traffic_bytes")).toInteger(),
                     day(box, secret, QStringLiteral("traffic"), d));
            calls += o.value(QStringLiteral("calls")).toInteger();
            traffic += o.value(QStringLiteral("traffic_bytes")).toInteger();
        }
        // Then the usage from no listed key, when there is some; no account row.
        if (at < rows.size() && rows.at(at).value(QStringLiteral("resource")).toString() ==
                                    QLatin1String("unattributed")) {
            const QJsonObject &o = rows.at(at++);
            QVERIFY(o.value(QStringLiteral("key_id")).isNull());
            QVERIFY(o.value(QStringLiteral("key_name")).isNull());
            calls += o.value(QStringLiteral("calls")).toInteger();
            traffic += o.value(QStringLiteral("traffic_bytes")).toInteger();
            ++unattributedRows;
        }
        // The rows of a bucket add up to the account's, exactly.
        QCOMPARE(calls, day(box, account, QStringLiteral("calls"), d));
        QCOMPARE(traffic, day(box, account, QStringLiteral("traffic"), d));
    }
    QCOMPARE(at, rows.size());
    if (unattributed)
        QVERIFY(unattributedRows > 0);
    else
        QCOMPARE(unattributedRows, 0);
}

void TestCliBreakdown::exportByKeyRefusesResource()
{
    const Run r = run({QStringLiteral("export"), QStringLiteral("--by"), QStringLiteral("key"),
                       QStringLiteral("--resource"), QStringLiteral("account")},
                      m_plain);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err.trimmed().count('\n'), 0);
    QVERIFY(r.err.contains("--resource"));
    const Run other =
        run({QStringLiteral("export"), QStringLiteral("--by"), QStringLiteral("user")}, m_plain);
    QCOMPARE(other.exitCode, 2);
}

void TestCliBreakdown::explain_data()
{
    QTest::addColumn<bool>("unattributed");
    QTest::addColumn<QString>("metric");
    QTest::newRow("calls") << false << QStringLiteral("calls");
    QTest::newRow("traffic, 20% from no key") << true << QStringLiteral("traffic");
    QTest::newRow("calls, 20% from no key") << true << QStringLiteral("calls");
}

void TestCliBreakdown::explain()
{
    QFETCH(bool, unattributed);
    QFETCH(QString, metric);
    const testing::SandboxFixture &box = sandbox(unattributed);
    const auto &data = box.server->data();
    const geobox::DateRange previous = geobox::previousPeriod(m_range);
    const QStringList args{QStringLiteral("explain"),
                           QStringLiteral("--from"),
                           m_range.first.toString(Qt::ISODate),
                           QStringLiteral("--to"),
                           m_range.last.toString(Qt::ISODate),
                           QStringLiteral("--metric"),
                           metric};
    const Run json =
        run(args + QStringList{QStringLiteral("--format"), QStringLiteral("json")}, box);
    QCOMPARE(json.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(o.value(QStringLiteral("metric")).toString(), metric);
    QCOMPARE(o.value(QStringLiteral("from")).toString(), m_range.first.toString(Qt::ISODate));
    QCOMPARE(o.value(QStringLiteral("to")).toString(), m_range.last.toString(Qt::ISODate));
    QCOMPARE(o.value(QStringLiteral("vs_from")).toString(), previous.first.toString(Qt::ISODate));
    QCOMPARE(o.value(QStringLiteral("vs_to")).toString(), previous.last.toString(Qt::ISODate));
    const QString account = QString::number(data.mainUser().id);
    const qint64 current = total(box, account, metric, m_range);
    const qint64 before = total(box, account, metric, previous);
    QCOMPARE(o.value(QStringLiteral("current_total")).toInteger(), current);
    QCOMPARE(o.value(QStringLiteral("previous_total")).toInteger(), before);

    const QJsonArray entries = o.value(QStringLiteral("keys")).toArray();
    const auto keys = data.apiKeysOf(data.mainUser().id);
    qint64 sumCurrent = 0;
    qint64 sumPrevious = 0;
    qint64 lastAbs = std::numeric_limits<qint64>::max();
    int keyEntries = 0;
    bool sawUnattributed = false;
    for (const QJsonValue &v : entries) {
        const QJsonObject e = v.toObject();
        const qint64 delta = e.value(QStringLiteral("delta")).toInteger();
        QCOMPARE(delta, e.value(QStringLiteral("current")).toInteger() -
                            e.value(QStringLiteral("previous")).toInteger());
        QVERIFY(std::llabs(delta) <= lastAbs); // by |delta|, largest first
        lastAbs = std::llabs(delta);
        if (current != before) {
            QCOMPARE(e.value(QStringLiteral("share_of_change")).toDouble(),
                     static_cast<double>(delta) / static_cast<double>(current - before));
        } else {
            QVERIFY(e.value(QStringLiteral("share_of_change")).isNull());
        }
        sumCurrent += e.value(QStringLiteral("current")).toInteger();
        sumPrevious += e.value(QStringLiteral("previous")).toInteger();
        if (e.value(QStringLiteral("key_id")).isNull()) {
            QVERIFY(e.value(QStringLiteral("key_name")).isNull());
            sawUnattributed = true;
            continue;
        }
        ++keyEntries;
        const qint64 id = e.value(QStringLiteral("key_id")).toInteger();
        const auto key =
            std::find_if(keys.cbegin(), keys.cend(), [id](const auto &x) { return x.id == id; });
        QVERIFY(key != keys.cend());
        QCOMPARE(e.value(QStringLiteral("key_name")).toString(), key->name);
        QCOMPARE(e.value(QStringLiteral("revoked")).toBool(), key->revoked);
        const QString secret = QString::fromLatin1(key->key);
        QCOMPARE(e.value(QStringLiteral("current")).toInteger(),
                 total(box, secret, metric, m_range));
        QCOMPARE(e.value(QStringLiteral("previous")).toInteger(),
                 total(box, secret, metric, previous));
    }
    QCOMPARE(keyEntries, keys.size());
    QVERIFY(sawUnattributed);
    // The parts add up to the account in both periods.
    QCOMPARE(sumCurrent, current);
    QCOMPARE(sumPrevious, before);

    // CSV: the same entries in the same order.
    const Run csv = run(args + QStringList{QStringLiteral("--format"), QStringLiteral("csv")}, box);
    QCOMPARE(csv.exitCode, 0);
    const QList<QByteArray> lines = csv.out.trimmed().split('\n');
    QCOMPARE(lines.first().trimmed(),
             QByteArray("key_id,key_name,revoked,current,previous,delta,share_of_change"));
    QCOMPARE(lines.size(), entries.size() + 1);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject e = entries.at(i).toObject();
        const QList<QByteArray> c = lines.at(i + 1).trimmed().split(',');
        QCOMPARE(c.at(0), e.value(QStringLiteral("key_id")).isNull()
                              ? QByteArray()
                              : QByteArray::number(e.value(QStringLiteral("key_id")).toInteger()));
        QCOMPARE(c.at(5).toLongLong(), e.value(QStringLiteral("delta")).toInteger());
    }

    // Text: the change, then a header and one line per entry, in the same order.
    const Run text = run(args, box);
    QCOMPARE(text.exitCode, 0);
    const QList<QByteArray> textLines = text.out.trimmed().split('\n');
    QCOMPARE(textLines.size(), entries.size() + 2);
    const QJsonObject top = entries.first().toObject();
    const QByteArray topName = top.value(QStringLiteral("key_id")).isNull()
                                   ? QByteArray("Not from a listed key")
                                   : top.value(QStringLiteral("key_name")).toString().toUtf8();
    QVERIFY2(textLines.at(2).contains(topName), textLines.at(2).constData());
}

void TestCliBreakdown::explainAgainstAChosenPeriod()
{
    const testing::SandboxFixture &box = m_unattributed;
    const geobox::DateRange vs{m_range.first.addDays(-100), m_range.first.addDays(-95)};
    const Run r = run(
        {QStringLiteral("explain"), QStringLiteral("--from"), m_range.first.toString(Qt::ISODate),
         QStringLiteral("--to"), m_range.last.toString(Qt::ISODate), QStringLiteral("--vs-from"),
         vs.first.toString(Qt::ISODate), QStringLiteral("--vs-to"), vs.last.toString(Qt::ISODate),
         QStringLiteral("--format"), QStringLiteral("json")},
        box);
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("vs_from")).toString(), vs.first.toString(Qt::ISODate));
    const QString account = QString::number(box.server->data().mainUser().id);
    QCOMPARE(o.value(QStringLiteral("previous_total")).toInteger(),
             total(box, account, QStringLiteral("calls"), vs));
    QCOMPARE(o.value(QStringLiteral("current_total")).toInteger(),
             total(box, account, QStringLiteral("calls"), m_range));
}

void TestCliBreakdown::explainBadArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("vs-from alone")
        << QStringList{QStringLiteral("--vs-from"), QStringLiteral("2026-01-01")};
    QTest::newRow("metric both") << QStringList{QStringLiteral("--metric"), QStringLiteral("both")};
    QTest::newRow("format xml") << QStringList{QStringLiteral("--format"), QStringLiteral("xml")};
    QTest::newRow("from after to")
        << QStringList{QStringLiteral("--from"), QStringLiteral("2026-02-02"),
                       QStringLiteral("--to"), QStringLiteral("2026-02-01")};
    QTest::newRow("days and from") << QStringList{
        QStringLiteral("--days"),     QStringLiteral("3"),    QStringLiteral("--from"),
        QStringLiteral("2026-02-01"), QStringLiteral("--to"), QStringLiteral("2026-02-02")};
    QTest::newRow("no such day") << QStringList{
        QStringLiteral("--vs-from"), QStringLiteral("2026-02-30"), QStringLiteral("--vs-to"),
        QStringLiteral("2026-03-01")};
}

void TestCliBreakdown::explainBadArguments()
{
    QFETCH(QStringList, args);
    m_plain.server->clearRequests();
    const Run r = run(QStringList{QStringLiteral("explain")} + args, m_plain);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err.trimmed().count('\n'), 0);
    QVERIFY(!r.err.trimmed().isEmpty());
    QVERIFY(m_plain.server->requests().isEmpty()); // refused before anything was sent
}

QTEST_GUILESS_MAIN(TestCliBreakdown)
#include "tst_clibreakdown.moc"
