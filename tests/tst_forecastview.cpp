// The Forecast view (View › Forecast), as real widgets offscreen, against geobox-sandbox over
// HTTP with a plan at 85% of its quotas: the words and the "this month" curves of calls and
// traffic are those of the sandbox's own hours and summary, the forecast runs on dashed in its
// band to the month's end, the quota is a line, processing says it is the run rate, the
// colours follow a dark palette, and a picture of it is saved (docs/forecast.png).

#include "chart/forecastchart.h"
#include "dashboardstate.h"
#include "flows/forecastflow.h"
#include "forecast/forecastpanel.h"
#include "forecasttext.h"
#include "insights/quotaforecasts.h"
#include "sandboxfixture.h"
#include "settle.h"
#include "theme.h"
#include "usageclient.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QNetworkAccessManager>
#include <QSettings>

using namespace geobox;

class TestForecastView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void nothingBeforeTheFigures();
    void matchesSandbox();
    void darkPalette();
    void screenshot();

private:
    bool showForecast();
    // The sandbox's hours of a metric from `from` to now, as lib's buckets.
    QList<UsageBucket> hours(const QString &metric, const QDateTime &from) const;

    testing::SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<UsageClient> m_client;
    std::unique_ptr<DashboardState> m_state;
    std::unique_ptr<MainWindow> m_window;
};

void TestForecastView::initTestCase()
{
    m_sandbox.quotaUse = 85;
    QVERIFY(m_sandbox.start(7));
}

void TestForecastView::init()
{
    QSettings().clear();
    m_client = std::make_unique<UsageClient>(&m_network, m_sandbox.clientConfig());
    m_client->setCredentials(Credentials::apiKey(m_sandbox.apiKey));
    m_state = std::make_unique<DashboardState>(m_client.get());
    m_window = std::make_unique<MainWindow>(m_state.get(), m_sandbox.serverLabel(), false);
    m_window->resize(1280, 900);
    m_window->show();
    m_state->loadAccount();
    QVERIFY(QTest::qWaitFor(
        [this] { return m_state->snapshot().has_value() && !m_state->isLoading(); }, 20000));
}

void TestForecastView::cleanup()
{
    m_window.reset();
    m_state.reset();
    m_client.reset();
    Theme::applyAppearance(Appearance::System);
}

bool TestForecastView::showForecast()
{
    QSignalSpy shown(m_window->forecastFlow(), &ForecastFlow::forecastShown);
    m_window->findChild<QAction *>(QStringLiteral("forecastAction"))->trigger();
    return shown.wait(20000);
}

QList<UsageBucket> TestForecastView::hours(const QString &metric, const QDateTime &from) const
{
    const sandbox::SandboxData &data = m_sandbox.server->data();
    QList<UsageBucket> out;
    for (const auto &[start, value] :
         data.series(QString::number(data.mainUser().id), QStringLiteral("hour"), metric, from,
                     m_sandbox.now)) {
        UsageBucket b;
        b.start = start;
        b.end = start.addSecs(3600);
        b.value = value;
        b.running = b.end > m_sandbox.now;
        out.append(b);
    }
    return out;
}

void TestForecastView::nothingBeforeTheFigures()
{
    // Before the view was asked for, nothing is drawn and no figure is written as a zero.
    auto *panel = m_window->findChild<ForecastPanel *>();
    QVERIFY(panel);
    QCOMPARE(panel->callsText(), QStringLiteral("—"));
    QVERIFY(!panel->callsChart()->hasCurve());
    QVERIFY(panel->callsChart()->soFarPoints().isEmpty());
    QVERIFY(!panel->callsChart()->quotaLine());
}

void TestForecastView::matchesSandbox()
{
    QVERIFY(showForecast());
    auto *panel = m_window->findChild<ForecastPanel *>();
    QVERIFY(panel->isVisible());
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("forecastAction"))->isChecked());

    const sandbox::SandboxData &data = m_sandbox.server->data();
    const sandbox::UsageSummary truth = data.summary(data.mainUser().id);
    const QTimeZone utc = QTimeZone::utc();
    const QDateTime now = m_sandbox.now; // 20 Nov 2026 14:30
    const QDateTime nov1(QDate(2026, 11, 1), QTime(0, 0), utc);
    const QDateTime dec1(QDate(2026, 12, 1), QTime(0, 0), utc);
    const QDateTime from = forecastHistoryStart(now, utc);
    const UsageSummary summary = *m_state->snapshot()->summary;
    QCOMPARE(summary.monthlyApiCalls, truth.monthlyApiCalls);
    QCOMPARE(summary.maxMonthlyApiCalls, truth.maxMonthlyApiCalls);
    const QuotaForecasts expected =
        forecastQuotas(summary, hours(QStringLiteral("calls"), from),
                       hours(QStringLiteral("traffic"), from), now, utc);
    QVERIFY(expected.monthlyCalls && expected.monthlyTraffic && expected.monthlyProcess);

    // The words, as `summary` says them.
    QCOMPARE(panel->callsText(),
             ForecastText::sentence(*expected.monthlyCalls, ForecastText::Unit::Calls,
                                    truth.maxMonthlyApiCalls, true, dec1));
    QCOMPARE(panel->trafficText(),
             ForecastText::sentence(*expected.monthlyTraffic, ForecastText::Unit::Bytes,
                                    truth.maxMonthlyTraffic, true, dec1));
    QVERIFY2(panel->processText().contains(QStringLiteral("run rate of the month so far")),
             qPrintable(panel->processText()));
    // At 85% on the 20th, the month runs over its quota: the words say when.
    QVERIFY(expected.monthlyCalls->exceeds(static_cast<double>(truth.maxMonthlyApiCalls)));
    QCOMPARE(panel->callsChart()->accessibleDescription(), panel->callsText());

    // The month so far: from 0 on the 1st, a point at the end of each finished hour (19 days
    // and 14 hours), then now at the summary's figure.
    ForecastChart *chart = panel->callsChart();
    const QList<QPointF> soFar = chart->soFarPoints();
    QCOMPARE(soFar.size(), 1 + 19 * 24 + 14 + 1);
    QCOMPARE(soFar.first(), QPointF(static_cast<qreal>(nov1.toMSecsSinceEpoch()), 0));
    QCOMPARE(soFar.last().x(), static_cast<qreal>(now.toMSecsSinceEpoch()));
    QCOMPARE(soFar.last().y(), static_cast<qreal>(truth.monthlyApiCalls));
    // The point at 10 Nov 00:00 is the sum of the sandbox's first nine days.
    qint64 nineDays = 0;
    for (const auto &[start, value] :
         data.series(QString::number(data.mainUser().id), QStringLiteral("day"),
                     QStringLiteral("calls"), nov1, nov1.addDays(8)))
        nineDays += value;
    QCOMPARE(soFar.at(9 * 24).x(), static_cast<qreal>(nov1.addDays(9).toMSecsSinceEpoch()));
    QCOMPARE(soFar.at(9 * 24).y(), static_cast<qreal>(nineDays));

    // The forecast runs on dashed from there to the month's end, in its band.
    const QList<QPointF> ahead = chart->aheadPoints();
    QVERIFY(chart->isAheadDashed());
    QCOMPARE(ahead.first(), soFar.last());
    QCOMPARE(ahead.last().x(), static_cast<qreal>(dec1.toMSecsSinceEpoch()));
    QCOMPARE(ahead.last().y(), expected.monthlyCalls->projected);
    QCOMPARE(chart->bandLow().last().y(), *expected.monthlyCalls->low);
    QCOMPARE(chart->bandHigh().last().y(), *expected.monthlyCalls->high);
    QVERIFY(chart->bandHigh().last().y() > ahead.last().y());
    // Hour by hour to the month's end (10 days and 10 hours, and now), never falling, the band
    // around it.
    QCOMPARE(ahead.size(), 1 + 10 * 24 + 10);
    const QList<QPointF> low = chart->bandLow();
    const QList<QPointF> high = chart->bandHigh();
    for (qsizetype i = 1; i < ahead.size(); ++i) {
        QVERIFY(ahead[i].y() >= ahead[i - 1].y());
        QVERIFY(low[i].y() <= ahead[i].y() && ahead[i].y() <= high[i].y());
    }
    QCOMPARE(*chart->quotaLine(), static_cast<qreal>(truth.maxMonthlyApiCalls));
    QCOMPARE(*panel->trafficChart()->quotaLine(), static_cast<qreal>(truth.maxMonthlyTraffic));
    QCOMPARE(panel->trafficChart()->soFarPoints().last().y(),
             static_cast<qreal>(truth.monthlyTraffic));
}

void TestForecastView::darkPalette()
{
    QVERIFY(showForecast());
    ForecastChart *chart = m_window->findChild<ForecastPanel *>()->callsChart();
    Theme::applyAppearance(Appearance::Light);
    QTRY_COMPARE(chart->soFarColor(), Theme::series(0, chart->palette()));
    const QColor light = chart->soFarColor();
    Theme::applyAppearance(Appearance::Dark);
    QTRY_VERIFY(Theme::isDark(chart->palette()));
    QTRY_COMPARE(chart->soFarColor(), Theme::series(0, chart->palette()));
    QVERIFY(chart->soFarColor() != light);
    // The band is the line's colour, see-through.
    QCOMPARE(chart->bandColor().rgb(), chart->soFarColor().rgb());
    QVERIFY(chart->bandColor().alphaF() < 0.5f);
}

void TestForecastView::screenshot()
{
    QVERIFY(showForecast());
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    testing::settle();
    QDir dir(QDir::currentPath());
    dir.mkpath(QStringLiteral("artifacts"));
    const QString path = dir.filePath(QStringLiteral("artifacts/forecast.png"));
    QFile::remove(path);
    QVERIFY(m_window->grab().save(path));
    const QImage image(path);
    QCOMPARE(image.size(), m_window->size() * m_window->devicePixelRatio());
}

QTEST_MAIN(TestForecastView)
#include "tst_forecastview.moc"
