// The window over a history store, with real widgets (offscreen) against geobox-sandbox
// over HTTP: a second start shows the figures from history at once and says so, and
// with the service unreachable it shows the history and says "Offline: history as of",
// never that it is fresh; GEOBOX_* credentials the history saw sign in at once, so the
// window shows the history offline too (credentials it never saw still need the check);
// a store that cannot be used is said once, in the notice strip.

#include "accountcontroller.h"
#include "banners/noticebanner.h"
#include "dashboardstate.h"
#include "historystore.h"
#include "preferences.h"
#include "sandboxfixture.h"
#include "table/usagetablemodel.h"
#include "table/usagetableview.h"
#include "window/mainwindow.h"

#include <QLabel>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace geobox;

class TestHistoryWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void secondStartShowsHistoryThenOffline();
    void environmentCredentialsShowHistoryOffline();
    void unusableStoreIsSaidOnce();

private:
    QString statusText(MainWindow &window) const
    {
        auto *label = window.findChild<QLabel *>(QStringLiteral("updatedLabel"));
        return label ? label->text() : QString();
    }

    testing::SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;
};

void TestHistoryWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_sandbox.start(13));
}

void TestHistoryWindow::secondStartShowsHistoryThenOffline()
{
    HistoryStore store(m_dir.filePath(QStringLiteral("history.sqlite")));
    QList<UsageRow> firstRows;
    {
        UsageClient client(&m_network, m_sandbox.clientConfig());
        client.setCredentials(Credentials::apiKey(m_sandbox.apiKey));
        DashboardState state(&client);
        state.setHistory(&store);
        MainWindow window(&state, m_sandbox.serverLabel(), false);
        window.show();
        state.loadAccount();
        QTRY_VERIFY_WITH_TIMEOUT(state.snapshot() && !state.isLoading(), 20000);
        QVERIFY(!state.snapshot()->fromHistory());
        QVERIFY(statusText(window).startsWith(QStringLiteral("Updated")));
        firstRows = state.snapshot()->rows;
    }

    // The service cannot be reached: the window shows the history, marked offline.
    QVERIFY(m_sandbox.server->addFault(QStringLiteral("*=drop")));
    UsageClient client(&m_network, m_sandbox.clientConfig());
    client.setCredentials(Credentials::apiKey(m_sandbox.apiKey));
    DashboardState state(&client);
    state.setHistory(&store);
    MainWindow window(&state, m_sandbox.serverLabel(), false);
    window.show();
    state.loadAccount();
    QTRY_VERIFY_WITH_TIMEOUT(state.snapshot() && state.snapshot()->offline, 20000);
    QVERIFY2(statusText(window).startsWith(QStringLiteral("Offline: history as of ")),
             qPrintable(statusText(window)));
    QVERIFY(!statusText(window).contains(QStringLiteral("Updated")));
    const auto *model =
        window.findChild<UsageTableView *>(QStringLiteral("usageTable"))->usageModel();
    QCOMPARE(model->rows(), firstRows);

    // Back online: fresh figures replace the history, and the status says so.
    m_sandbox.server->clearFaults();
    state.reload();
    QTRY_VERIFY_WITH_TIMEOUT(
        !state.isLoading() && state.snapshot() && !state.snapshot()->fromHistory(), 20000);
    QVERIFY(statusText(window).startsWith(QStringLiteral("Updated")));
}

void TestHistoryWindow::environmentCredentialsShowHistoryOffline()
{
    m_sandbox.server->clearFaults();
    HistoryStore store(m_dir.filePath(QStringLiteral("environment.sqlite")));
    {
        UsageClient client(&m_network, m_sandbox.clientConfig());
        client.setCredentials(Credentials::apiKey(m_sandbox.apiKey));
        DashboardState state(&client);
        state.setHistory(&store);
        MainWindow window(&state, m_sandbox.serverLabel(), false);
        window.show();
        state.loadAccount();
        QTRY_VERIFY_WITH_TIMEOUT(state.snapshot() && !state.isLoading(), 20000);
    }

    QVERIFY(m_sandbox.server->addFault(QStringLiteral("*=drop")));
    auto start = [&](const QString &key, auto &&check) {
        Preferences preferences;
        UsageClient client(&m_network, m_sandbox.clientConfig());
        DashboardState state(&client);
        state.setHistory(&store);
        state.setAccountFromHistoryFirst(true); // as main.cpp does
        AccountController account(&m_network, &client, &preferences);
        account.setHistory(&store);
        MainWindow window(&state, &account, &preferences, m_sandbox.serverLabel(), false);
        window.show();
        QSignalSpy signedIn(&account, &AccountController::signedIn);
        QSignalSpy needsSignIn(&account, &AccountController::needsSignIn);
        QProcessEnvironment env;
        env.insert(QStringLiteral("GEOBOX_APIKEY"), key);
        account.restore(m_sandbox.url(), env);
        check(state, window, signedIn, needsSignIn);
    };
    // Seen before: signed in within the call, and the history shows, offline.
    start(m_sandbox.apiKey, [&](DashboardState &state, MainWindow &window, QSignalSpy &signedIn,
                                QSignalSpy &needsSignIn) {
        QCOMPARE(signedIn.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(state.snapshot() && state.snapshot()->offline, 20000);
        QVERIFY(state.isAccountFromHistory());
        QVERIFY2(statusText(window).startsWith(QStringLiteral("Offline: history as of ")),
                 qPrintable(statusText(window)));
        QCOMPARE(needsSignIn.size(), 0);
    });
    // Never seen: they are checked first, and the check cannot reach the service.
    start(QStringLiteral("never-seen-key"),
          [&](DashboardState &state, MainWindow &, QSignalSpy &signedIn, QSignalSpy &needsSignIn) {
              QCOMPARE(signedIn.size(), 0);
              QVERIFY(needsSignIn.wait(20000));
              QCOMPARE(signedIn.size(), 0);
              QVERIFY(!state.snapshot());
          });
    m_sandbox.server->clearFaults();
}

void TestHistoryWindow::unusableStoreIsSaidOnce()
{
    HistoryStore store(m_dir.filePath(QStringLiteral("none.sqlite")), nullptr,
                       QStringLiteral("QNOSUCHDRIVER"));
    UsageClient client(&m_network, m_sandbox.clientConfig());
    client.setCredentials(Credentials::apiKey(m_sandbox.apiKey));
    DashboardState state(&client);
    state.setHistory(&store);
    MainWindow window(&state, m_sandbox.serverLabel(), false);
    window.show();
    auto *notice = window.findChild<NoticeBanner *>();
    QVERIFY(notice);
    QVERIFY(notice->isVisibleTo(&window));
    QVERIFY(store.notice().isEmpty()); // taken: said once
    // The window works on without it.
    state.loadAccount();
    QTRY_VERIFY_WITH_TIMEOUT(state.snapshot() && !state.isLoading(), 20000);
    QVERIFY(!state.snapshot()->rows.isEmpty());
}

QTEST_MAIN(TestHistoryWindow)
#include "tst_historywindow.moc"
