// `geobox-usage collect --notify` against geobox-sandbox with its quotas at 85% of their use
// and a real notification server (dunst on a private session bus, tests/notify/
// run-with-dunst.sh): the alerts arrive, and a second run says none of them again, since
// the history remembers what fired in this period.

#include "sandboxfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray dunstctl(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral("dunstctl"), args);
    if (!p.waitForFinished(10000))
        return {};
    return p.readAllStandardOutput();
}

// The summaries of every notification dunst has shown and closed, oldest first.
QStringList arrived()
{
    dunstctl({QStringLiteral("close-all")});
    QStringList out;
    const QJsonArray data = QJsonDocument::fromJson(dunstctl({QStringLiteral("history")}))
                                .object()
                                .value(u"data")
                                .toArray();
    for (const QJsonValue &group : data) {
        for (const QJsonValue &n : group.toArray())
            out.prepend(n.toObject().value(u"summary").toObject().value(u"data").toString());
    }
    return out;
}

} // namespace

class TestCollectNotify final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void alertsArriveOncePerPeriod();
    void refusedWithoutHistory();

private:
    struct Run
    {
        int exitCode = -1;
        QString err;
    };
    Run collect(const QStringList &extra);

    testing::SandboxFixture m_sandbox;
    QTemporaryDir m_dir;
};

void TestCollectNotify::initTestCase()
{
    m_sandbox.now = QDateTime(); // the command line reads the real clock
    QVERIFY(m_sandbox.start(3));
    m_sandbox.server->setQuotaUse(85);
    QVERIFY(m_dir.isValid());
}

TestCollectNotify::Run TestCollectNotify::collect(const QStringList &extra)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GEOBOX_APIKEY"), m_sandbox.apiKey);
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(GEOBOX_USAGE_BIN),
                  QStringList{QStringLiteral("collect"), QStringLiteral("--server"),
                              m_sandbox.url().toString(), QStringLiteral("--history"),
                              m_dir.filePath(QStringLiteral("history.sqlite")),
                              QStringLiteral("--resource"), QStringLiteral("account"),
                              QStringLiteral("--scales"), QStringLiteral("hour"),
                              QStringLiteral("--days"), QStringLiteral("40")} +
                      extra);
    Run r;
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 120000)) {
        process.kill();
        process.waitForFinished();
        return r;
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

void TestCollectNotify::alertsArriveOncePerPeriod()
{
    const qsizetype before = arrived().size();
    const Run first = collect({QStringLiteral("--notify")});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    const QStringList afterFirst = arrived();
    const QStringList said = afterFirst.mid(before);
    // At 85% of every quota, the 80% threshold of monthly calls fires, among others.
    QVERIFY2(!said.isEmpty(), "no alert arrived");
    QVERIFY2(said.join(u'\n').contains(QStringLiteral("Monthly calls")),
             qPrintable(said.join(u'\n')));
    QVERIFY(!said.join(u'\n').contains(m_sandbox.apiKey)); // no secret in what is shown

    // Run again (the hourly timer): the history remembers, so nothing is said twice.
    const Run second = collect({QStringLiteral("--notify")});
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    QCOMPARE(arrived().size(), afterFirst.size());
}

void TestCollectNotify::refusedWithoutHistory()
{
    const qsizetype before = arrived().size();
    const Run r = collect({QStringLiteral("--notify"), QStringLiteral("--no-history")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("--no-history")), qPrintable(r.err));
    QCOMPARE(r.err.count(u'\n'), 1);
    QCOMPARE(arrived().size(), before);
}

QTEST_GUILESS_MAIN(TestCollectNotify)
#include "tst_collectnotify.moc"
