// The window's By key view, offscreen with real widgets, on an in-process geobox-sandbox with
// some usage from no listed key: By Key (Ctrl+Shift+K) loads the account's breakdown; the
// ranking agrees with the sandbox's per-key figures to the call and its rows add up to the
// account; the stack has the top keys, "Other keys" and "Not from a listed key"; the table
// sorts; "Why it changed" follows the picked bucket, picked in the combo box, by a click on
// a bar of either chart or with the arrow keys, and its figures are the sandbox's per-key
// series of that bucket and the one before; the progress shows and Esc cancels; a key
// opens its own view; By key is the view a new window opens with after it was the last
// one shown. Saves artifacts/by-key.png for the README.

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
#include <QComboBox>
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
    void clickingABarExplainsItsBucket();
    void byKeyOpensAgainAfterARestart();

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

void TestBreakdownView::clickingABarExplainsItsBucket()
{
    const BreakdownResult result = loadBreakdown();
    QVERIFY(result.calls && result.calls->account);
    QCOMPARE(result.plan.scale, Scale::Day);
    UsageChartView *chart = view()->chart();
    auto *calls = chart->findChild<QAbstractScrollArea *>(QStringLiteral("breakdownCallsChart"));
    auto *traffic =
        chart->findChild<QAbstractScrollArea *>(QStringLiteral("breakdownTrafficChart"));
    QVERIFY(calls && traffic);
    auto *combo = view()->findChild<QComboBox *>(QStringLiteral("breakdownPeriod"));
    QVERIFY(combo);
    QCOMPARE(view()->pickedBucket(), -1);
    QSignalSpy clicked(chart, &UsageChartView::bucketClicked);

    // Outside the plot (the viewport's corner, over the axis labels) picks nothing.
    QTest::mouseClick(calls->viewport(), Qt::LeftButton, {}, QPoint(2, 2));
    QCOMPARE(clicked.size(), 0);
    QCOMPARE(view()->pickedBucket(), -1);

    // The panel speaks of the clicked bucket against the day before it, and its figures are
    // the sandbox's, key by key, for those two days.
    const auto &data = m_sandbox.server->data();
    const auto keys = data.apiKeysOf(data.mainUser().id);
    const QString account = QString::number(data.mainUser().id);
    auto checkPanel = [&](int bucket) {
        QCOMPARE(view()->pickedBucket(), bucket);
        QCOMPARE(combo->currentData().toInt(), bucket);
        const QDate day = result.plan.range.first.addDays(bucket);
        const DateRange today{day, day};
        const DateRange before{day.addDays(-1), day.addDays(-1)};
        const std::optional<ChangeAttribution> change =
            attributeBucketChange(*result.calls, bucket);
        QVERIFY(change);
        QCOMPARE(change->currentTotal, truth(account, today));
        QCOMPARE(change->previousTotal, truth(account, before));
        // Every key and the usage from no listed key, which add up to the account.
        QCOMPARE(change->entries.size(), keys.size() + 1);
        qint64 sum[2] = {0, 0};
        for (const ChangeEntry &entry : change->entries) {
            sum[0] += entry.current;
            sum[1] += entry.previous;
            if (!entry.keyId)
                continue;
            const auto key = std::find_if(keys.cbegin(), keys.cend(),
                                          [&](const auto &k) { return k.id == *entry.keyId; });
            QVERIFY(key != keys.cend());
            QCOMPARE(entry.current, truth(QString::fromLatin1(key->key), today));
            QCOMPARE(entry.previous, truth(QString::fromLatin1(key->key), before));
        }
        QCOMPARE(sum[0], change->currentTotal);
        QCOMPARE(sum[1], change->previousTotal);
        QCOMPARE(view()->explanation(),
                 ExplainText::sentence(*change, Metric::Calls, 4).toHtmlEscaped());
        QVERIFY(change->entries.first().keyId);
        QVERIFY2(view()->explanation().contains(change->entries.first().keyName),
                 qPrintable(view()->explanation()));
    };

    const std::optional<QPoint> fifth = chart->bucketPosition(Metric::Calls, 5);
    QVERIFY(fifth);
    QTest::mouseClick(calls->viewport(), Qt::LeftButton, {}, *fifth);
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(clicked.first().first().value<qsizetype>(), qsizetype(5));
    checkPanel(5);
    const QString fifthText = view()->explanation();

    // The traffic chart shares the time axis: a click there picks the same way.
    const std::optional<QPoint> twelfth = chart->bucketPosition(Metric::Traffic, 12);
    QVERIFY(twelfth);
    QTest::mouseClick(traffic->viewport(), Qt::LeftButton, {}, *twelfth);
    QCOMPARE(clicked.size(), 2);
    checkPanel(12);
    QVERIFY(view()->explanation() != fifthText);

    // A right click is the menu's, not a pick.
    QTest::mouseClick(calls->viewport(), Qt::RightButton, {}, *fifth);
    QCOMPARE(clicked.size(), 2);
    QCOMPARE(view()->pickedBucket(), 12);

    // Left and Right on a focused chart step the pick one bucket.
    QTest::keyClick(calls, Qt::Key_Left);
    checkPanel(11);
    QTest::keyClick(calls, Qt::Key_Right);
    QTest::keyClick(calls, Qt::Key_Right);
    checkPanel(13);

    // The combo box still picks, and the whole range comes back from it.
    combo->setCurrentIndex(0);
    QCOMPARE(view()->pickedBucket(), -1);
    QCOMPARE(
        view()->explanation(),
        ExplainText::sentence(*attributeChange(*result.calls), Metric::Calls, 4).toHtmlEscaped());
}

void TestBreakdownView::byKeyOpensAgainAfterARestart()
{
    QVERIFY(loadBreakdown().calls);
    m_window.reset();
    m_window = std::make_unique<MainWindow>(m_state.get(), m_sandbox.serverLabel(), false);
    m_window->show();
    QVERIFY(m_window->findChild<SnapshotView *>()->isBreakdownShown());
    QVERIFY(m_window->dashboardActions()->byKey()->isChecked());
    QSignalSpy results(m_window->breakdownState(), &BreakdownState::resultChanged);
    m_state->loadAccount();
    QVERIFY(results.wait(20000));
    QVERIFY(results.last().first().value<BreakdownResult>().calls);
    QVERIFY(view()->model()->rowCount() > 0);

    // Back to the chart: the next window opens with the chart.
    m_window->dashboardActions()->chart()->trigger();
    m_window.reset();
    m_window = std::make_unique<MainWindow>(m_state.get(), m_sandbox.serverLabel(), false);
    QVERIFY(!m_window->findChild<SnapshotView *>()->isBreakdownShown());
    QVERIFY(m_window->dashboardActions()->chart()->isChecked());
}

QTEST_MAIN(TestBreakdownView)
#include "tst_breakdownview.moc"
