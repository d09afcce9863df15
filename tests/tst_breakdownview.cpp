// The window's By key view, offscreen with real widgets, on an in-process geobox-sandbox with
// some usage from no listed key: By Key (Ctrl+Shift+K) loads the account's breakdown; the
// ranking agrees with the sandbox's per-key figures to the call and its rows add up to the
// account; the stack has the top keys, "Other keys" and "Not from a listed key"; the table
// sorts; "Why it changed" follows the picked bucket; the progress shows and Esc cancels;
// a key opens its own view. Saves artifacts/by-key.png for the README.

#include "breakdown/breakdowntablemodel.h"
#include "breakdown/breakdownview.h"
#include "changeattribution.h"
#include "chart/usagechartview.h"
#include "explainreport.h"
#include "querybar/querybar.h"
#include "sandboxfixture.h"
#include "window/dashboardactions.h"
#include "window/mainwindow.h"
#include "window/snapshotview.h"

#include <QAbstractScrollArea>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace geobox;

class TestBreakdownView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void rankingAgreesWithTheSandbox();
    void stackAndWhy();
    void progressAndEscape();
    void keyOpensItsOwnView();

private:
    bool waitForData();
    BreakdownResult loadBreakdown();
    BreakdownView *view() const { return m_window->findChild<BreakdownView *>(); }
    qint64 truth(const QString &owner, const DateRange &range) const;

    testing::SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<UsageClient> m_client;
    std::unique_ptr<DashboardState> m_state;
    std::unique_ptr<MainWindow> m_window;
};

void TestBreakdownView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GeoboxTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_breakdownview"));
    m_sandbox.unattributedPercent = 10;
    QVERIFY(m_sandbox.start(3, 14));
}

void TestBreakdownView::init()
{
    QSettings().clear();
    m_sandbox.server->clearFaults();
    m_client = std::make_unique<UsageClient>(&m_network, m_sandbox.clientConfig());
    m_client->setCredentials(Credentials::apiKey(m_sandbox.apiKey));
    m_state = std::make_unique<DashboardState>(m_client.get());
    m_window = std::make_unique<MainWindow>(m_state.get(), m_sandbox.serverLabel(), false);
    m_window->resize(1280, 900);
    m_window->show();
    m_state->loadAccount();
    QVERIFY(waitForData());
}

void TestBreakdownView::cleanup()
{
    m_window.reset();
    m_state.reset();
    m_client.reset();
}

bool TestBreakdownView::waitForData()
{
    return QTest::qWaitFor(
        [this] {
            const auto snapshot = m_state->snapshot();
            return !m_state->isLoading() && snapshot && snapshot->query == m_state->query();
        },
        20000);
}

BreakdownResult TestBreakdownView::loadBreakdown()
{
    QSignalSpy results(m_window->breakdownState(), &BreakdownState::resultChanged);
    m_window->dashboardActions()->byKey()->trigger();
    if (!results.wait(20000))
        return {};
    return results.first().first().value<BreakdownResult>();
}

qint64 TestBreakdownView::truth(const QString &owner, const DateRange &range) const
{
    qint64 sum = 0;
    for (const auto &[start, value] : m_sandbox.server->data().series(
             owner, QStringLiteral("day"), QStringLiteral("calls"),
             QDateTime(range.first, QTime(0, 0), QTimeZone::utc()),
             QDateTime(range.last, QTime(23, 59, 59), QTimeZone::utc()))) {
        if (start <= m_sandbox.now)
            sum += value;
    }
    return sum;
}

void TestBreakdownView::rankingAgreesWithTheSandbox()
{
    const BreakdownResult result = loadBreakdown();
    QVERIFY(result.calls);
    QVERIFY(m_window->findChild<SnapshotView *>()->isBreakdownShown());
    QVERIFY(m_window->dashboardActions()->byKey()->isChecked());
    QCOMPARE(result.plan.range, m_state->query().range);
    const auto &data = m_sandbox.server->data();
    const auto keys = data.apiKeysOf(data.mainUser().id);
    BreakdownTableModel *model = view()->model();
    QCOMPARE(model->rowCount(), keys.size() + 1);
    qint64 sum = 0;
    int revokedMarked = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const qint64 id = model->index(row, 0).data(BreakdownTableModel::KeyIdRole).toLongLong();
        const qint64 calls =
            model->index(row, BreakdownTableModel::CallsColumn).data(Qt::UserRole).toLongLong();
        sum += calls;
        if (id == 0) {
            QCOMPARE(model->index(row, 0).data().toString(),
                     QStringLiteral("Not from a listed key"));
            QVERIFY(calls > 0);
            continue;
        }
        const auto key =
            std::find_if(keys.cbegin(), keys.cend(), [id](const auto &k) { return k.id == id; });
        QVERIFY(key != keys.cend());
        QCOMPARE(calls, truth(QString::fromLatin1(key->key), result.plan.range));
        QCOMPARE(
            model->index(row, BreakdownTableModel::PreviousColumn).data(Qt::UserRole).toLongLong(),
            truth(QString::fromLatin1(key->key), result.plan.comparison));
        if (key->revoked) {
            QVERIFY(model->index(row, 0).data().toString().contains(QStringLiteral("revoked")));
            ++revokedMarked;
        }
    }
    // The rows add up to the account.
    QCOMPARE(sum, truth(QString::number(data.mainUser().id), result.plan.range));
    QCOMPARE(revokedMarked,
             std::count_if(keys.cbegin(), keys.cend(), [](const auto &k) { return k.revoked; }));

    // Sortable: by calls, largest first, then smallest first.
    QTableView *table = view()->table();
    table->sortByColumn(BreakdownTableModel::CallsColumn, Qt::DescendingOrder);
    qint64 last = std::numeric_limits<qint64>::max();
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const qint64 v = table->model()
                             ->index(row, BreakdownTableModel::CallsColumn)
                             .data(Qt::UserRole)
                             .toLongLong();
        QVERIFY(v <= last);
        last = v;
    }
    QApplication::processEvents();
    QDir().mkpath(QStringLiteral("artifacts"));
    QVERIFY(m_window->grab().save(QStringLiteral("artifacts/by-key.png")));
    table->sortByColumn(BreakdownTableModel::CallsColumn, Qt::AscendingOrder);
    QVERIFY(
        table->model()
            ->index(0, BreakdownTableModel::CallsColumn)
            .data(Qt::UserRole)
            .toLongLong() <=
        table->model()->index(1, BreakdownTableModel::CallsColumn).data(Qt::UserRole).toLongLong());
}

void TestBreakdownView::stackAndWhy()
{
    const BreakdownResult result = loadBreakdown();
    QVERIFY(result.calls);
    // The stack: the top 8 keys, "Other keys" for the rest, "Not from a listed key".
    const QList<BreakdownPart> parts = stackParts(*result.calls, view()->topKeys());
    QCOMPARE(view()->topKeys(), 8);
    QCOMPARE(parts.size(), 10);
    QCOMPARE(parts.at(8).kind, BreakdownPart::Kind::OtherKeys);
    QCOMPARE(parts.at(9).kind, BreakdownPart::Kind::Unattributed);
    UsageChartView *chart = view()->chart();
    QCOMPARE(chart->pointCount(Metric::Calls), result.calls->account->current.size());
    // Hovering a bucket lists the parts.
    auto *area = chart->findChild<QAbstractScrollArea *>(QStringLiteral("breakdownCallsChart"));
    QVERIFY(area);
    QWidget *viewport = area->viewport();
    const QString hover =
        chart->hoverText(Metric::Calls, QPoint(viewport->width() / 2, viewport->height() / 2));
    QVERIFY2(hover.contains(QStringLiteral("Other keys")), qPrintable(hover));
    QVERIFY2(hover.contains(QStringLiteral("Not from a listed key")), qPrintable(hover));

    // Why it changed: the whole range, then one bucket against the one before.
    const QString whole = ExplainText::sentence(*attributeChange(*result.calls), Metric::Calls, 4);
    QCOMPARE(view()->explanation(), whole.toHtmlEscaped());
    view()->pickBucket(5);
    const QString fifth =
        ExplainText::sentence(*attributeBucketChange(*result.calls, 5), Metric::Calls, 4);
    QCOMPARE(view()->explanation(), fifth.toHtmlEscaped());
    QVERIFY(fifth != whole);
}

void TestBreakdownView::progressAndEscape()
{
    QVERIFY(m_sandbox.server->addFault(QStringLiteral("usage/api=delay:150")));
    BreakdownState *state = m_window->breakdownState();
    QSignalSpy cancelled(state, &BreakdownState::cancelled);
    m_window->dashboardActions()->byKey()->trigger();
    QVERIFY(state->isLoading());
    auto *progress = view()->findChild<QLabel *>(QStringLiteral("breakdownProgress"));
    QTRY_VERIFY(progress->isVisible());
    const int total = 2 * (static_cast<int>(m_state->apiKeys().size()) + 1);
    QCOMPARE(view()->progressText(), QStringLiteral("Loading keys: 0 of %1").arg(total));
    QTRY_VERIFY(state->job() && state->job()->done() > 0);
    QVERIFY(state->job()->done() < total);
    const QRegularExpression shown(QStringLiteral("^Loading keys: ([0-9]+) of %1$").arg(total));
    QVERIFY(shown.match(view()->progressText()).hasMatch());
    QVERIFY(shown.match(view()->progressText()).captured(1).toInt() > 0);
    QVERIFY(m_window->dashboardActions()->stop()->isEnabled());
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QCOMPARE(cancelled.size(), 1);
    QVERIFY(!state->isLoading());
    QVERIFY(!progress->isVisible());
}

void TestBreakdownView::keyOpensItsOwnView()
{
    QVERIFY(loadBreakdown().calls);
    QTableView *table = view()->table();
    int row = 0;
    while (table->model()->index(row, 0).data(BreakdownTableModel::KeyIdRole).toLongLong() == 0)
        ++row;
    const qint64 id =
        table->model()->index(row, 0).data(BreakdownTableModel::KeyIdRole).toLongLong();
    Q_EMIT table->activated(table->model()->index(row, 0));
    QCOMPARE(m_state->query().resource.kind, Resource::Kind::ApiKey);
    QCOMPARE(m_state->query().resource.keyId, id);
    QVERIFY(m_window->dashboardActions()->chart()->isChecked());
    QVERIFY(!m_window->findChild<SnapshotView *>()->isBreakdownShown());
}

QTEST_MAIN(TestBreakdownView)
#include "tst_breakdownview.moc"
