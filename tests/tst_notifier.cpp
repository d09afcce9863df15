// Desktop notifications against a real notification server: dunst on a private session bus
// under Xvfb (tests/notify/run-with-dunst.sh). What arrived is asked of dunstctl; the
// window's action is invoked through dunst and must come back as actionInvoked.

#include "desktopnotifier.h"

#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace geobox;

namespace {

QByteArray dunstctl(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral("dunstctl"), args);
    if (!p.waitForFinished(10000))
        return {};
    return p.readAllStandardOutput();
}

int displayed()
{
    return dunstctl({QStringLiteral("count"), QStringLiteral("displayed")}).trimmed().toInt();
}

} // namespace

class TestNotifier final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void arrivesWithItsAction();
    void withoutAction();
};

void TestNotifier::initTestCase()
{
    DesktopNotifier notifier(QStringLiteral("Geobox Usage"));
    QVERIFY2(notifier.isAvailable(), "no notification server: run under run-with-dunst.sh");
}

void TestNotifier::arrivesWithItsAction()
{
    DesktopNotifier notifier(QStringLiteral("Geobox Usage"));
    QSignalSpy sent(&notifier, &DesktopNotifier::sent);
    QSignalSpy invoked(&notifier, &DesktopNotifier::actionInvoked);
    const int before = displayed();
    notifier.notify({QStringLiteral("Monthly calls at 85%"),
                     QStringLiteral("2.55 M of 3 M calls this month"),
                     QStringLiteral("quota:monthly_api_calls"), QStringLiteral("Show"), false},
                    7);
    QVERIFY(sent.wait(10000));
    QCOMPARE(sent.first().at(0).toInt(), 7);
    const uint id = sent.first().at(1).toUInt();
    QVERIFY(id > 0);
    QTRY_VERIFY_WITH_TIMEOUT(displayed() == before + 1, 10000);

    // The user picks the action: dunst says so on the bus, and the key comes back.
    dunstctl({QStringLiteral("action"), QStringLiteral("0")});
    QVERIFY(invoked.wait(10000));
    QCOMPARE(invoked.first().at(0).toUInt(), id);
    QCOMPARE(invoked.first().at(1).toString(), QStringLiteral("quota:monthly_api_calls"));
}

void TestNotifier::withoutAction()
{
    DesktopNotifier notifier(QStringLiteral("Geobox Usage"));
    QSignalSpy sent(&notifier, &DesktopNotifier::sent);
    notifier.notify({QStringLiteral("Spike at 14:00"),
                     QStringLiteral("6.2 times the usual calls for a Tuesday at 14:00"),
                     {},
                     {},
                     true});
    QVERIFY(sent.wait(10000));
    QTRY_VERIFY_WITH_TIMEOUT(displayed() >= 1, 10000);
    // Closed, it is in the history with what it said.
    dunstctl({QStringLiteral("close-all")});
    QTRY_VERIFY_WITH_TIMEOUT(displayed() == 0, 10000);
    const QByteArray history = dunstctl({QStringLiteral("history")});
    QVERIFY2(history.contains("Spike at 14:00"), history.constData());
    QVERIFY(history.contains("6.2 times the usual calls"));
    QVERIFY(!QJsonDocument::fromJson(history).isNull());
}

QTEST_GUILESS_MAIN(TestNotifier)
#include "tst_notifier.moc"
