// The dashboard window, as real widgets (offscreen), against geobox-sandbox over
// real HTTP on 127.0.0.1: the resource list, what each control fetches and that
// the table, charts and figures show the sandbox's own numbers, the error banner
// and Retry, Refresh, a refused range, the same range picked in the Jalali
// calendar, another user, export, settings, and a screenshot of the whole window.

#include "banners/errorbanner.h"
#include "chart/usagechartview.h"
#include "dashboardstate.h"
#include "dialogs/otheruserdialog.h"
#include "displaycalendar.h"
#include "flows/comparisonflow.h"
#include "flows/quotachangeflow.h"
#include "formatting.h"
#include "querybar/rangeselector.h"
#include "querybar/resourcepicker.h"
#include "querybar/scaleselector.h"
#include "quota/quotacard.h"
#include "quota/quotapanel.h"
#include "sandboxfixture.h"
#include "settle.h"
#include "table/usagetablemodel.h"
#include "table/usagetableview.h"
#include "typedate.h"
#include "usageclient.h"
#include "usageexport.h"
#include "window/mainwindow.h"
#include "window/statusline.h"

#include <QAbstractScrollArea>
#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>

using namespace geobox;

class TestDashboardWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void quotaWords_data();
    void quotaWords();
    void resourcePickerListsKeys();
    void firstQueryMatchesSandbox();
    void scaleFetchesAgain_data();
    void scaleFetchesAgain();
    void shortPresetShowsHours();
    void resourceFetchesAgain();
    void rangeFetchesAgain();
    void quotaCardsShowSummary();
    void quotaCardsShowChange();
    void faultShowsBannerAndKeepsRows();
    void refreshPostsUpdate();
    void fromAfterToSendsNothing();
    void refreshWhoseUpdateFails();
    void jalaliRangeSendsSameInstant();
    void otherUserForAdmin();
    void otherUserNotFound();
    void everyScaleSameTotalInTheTable();
    void everyScaleSameTotalInTehran();
    void tableShowsSizesAndZone();
    void manyDaysShareBars();
    void chartHoverShowsBothMetrics();
    void comparisonOverlayMatchesSandbox();
    void exportWritesWhatIsShown();
    void settingsRoundTrip();
    void keyboard();
    void demoModeSaysSo();
    void statusMessageKeepsItsPlace();
    void screenshot();

private:
    // freshSize: a fixed size, else the one the settings restore.
    void openWindow(bool freshSize = true);
    void closeWindow();
    bool waitForData();
    // The quota cards' change reads the account's hours once (an hour) after the window
    // opens: waited for, what a test then sees the window ask for is its own.
    bool waitForQuotaChange();
    // The sandbox's own series for the window's current query.
    QList<QPair<QDateTime, qint64>> truth(Metric metric) const;
    void verifyMatchesSandbox();
    QString ownerOf(const Resource &resource) const;
    template<typename T> T *find(const char *name) const
    {
        return m_window->findChild<T *>(QString::fromLatin1(name));
    }
    void clickScale(Scale scale);
    void pickResource(int index);
    void pickPreset(RangePreset preset);
    QString artifact(const QString &name) const;
    // from_date and to_date of every usage/api request the sandbox saw, as sent.
    QList<QPair<QByteArray, QByteArray>> sentRanges() const;

    testing::SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<UsageClient> m_client;
    std::unique_ptr<DashboardState> m_state;
    std::unique_ptr<MainWindow> m_window;
};

void TestDashboardWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GeoboxTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_dashboardwindow"));
    QVERIFY(m_sandbox.start());
}

void TestDashboardWindow::init()
{
    QSettings().clear();
    m_sandbox.server->clearFaults();
    m_sandbox.server->clearRequests();
    openWindow();
    QVERIFY(waitForData());
    QVERIFY(waitForQuotaChange());
}

void TestDashboardWindow::cleanup()
{
    closeWindow();
    DisplayCalendar::setChoice(CalendarChoice::Automatic);
    QLocale::setDefault(QLocale::system());
}

void TestDashboardWindow::openWindow(bool freshSize)
{
    ClientConfig config = m_sandbox.clientConfig();
    config.timeout = std::chrono::seconds(10);
    m_client = std::make_unique<UsageClient>(&m_network, config);
    m_client->setCredentials(Credentials::apiKey(m_sandbox.apiKey));
    m_state = std::make_unique<DashboardState>(m_client.get());
    m_window = std::make_unique<MainWindow>(m_state.get(), m_sandbox.serverLabel(), false);
    if (freshSize)
        m_window->resize(1280, 900);
    m_window->show();
    m_state->loadAccount();
}

void TestDashboardWindow::closeWindow()
{
    if (m_window)
        m_window->close();
    m_window.reset();
    m_state.reset();
    m_client.reset();
}

bool TestDashboardWindow::waitForQuotaChange()
{
    return QTest::qWaitFor(
        [this] {
            return !m_window->findChild<QuotaPanel *>()->callsThisMonth()->changeText().isEmpty();
        },
        20000);
}

bool TestDashboardWindow::waitForData()
{
    return QTest::qWaitFor(
        [this] {
            const auto snapshot = m_state->snapshot();
            return !m_state->isLoading() && snapshot && snapshot->query == m_state->query() &&
                   !m_state->isStale();
        },
        20000);
}

QString TestDashboardWindow::ownerOf(const Resource &resource) const
{
    return resource.kind == Resource::Kind::ApiKey ? resource.keySecret
                                                   : QString::number(resource.userId);
}

QList<QPair<QDateTime, qint64>> TestDashboardWindow::truth(Metric metric) const
{
    const DashboardQuery query = m_state->query();
    const QDateTime from(query.range.first, QTime(0, 0), QTimeZone::utc());
    const QDateTime to = std::min(
        m_sandbox.now, QDateTime(query.range.last, QTime(23, 59, 59, 999), QTimeZone::utc()));
    const sandbox::SandboxData &data = m_sandbox.server->data();
    if (query.scale == Scale::Hour || query.scale == Scale::Day)
        return data.series(ownerOf(query.resource), scaleName(query.scale), metricName(metric),
                           from, to);
    // Weeks and months as the range counts them: the sandbox's days grouped by their
    // calendar week or month, a group the range cuts starting on the range's first day.
    const auto groupOf = [&query](const QDate &d) {
        if (query.scale == Scale::Month)
            return QDate(d.year(), d.month(), 1);
        return d.addDays(-((d.dayOfWeek() - int(query.firstDayOfWeek) + 7) % 7));
    };
    QList<QPair<QDateTime, qint64>> out;
    QDate group;
    for (const auto &[start, value] : data.series(ownerOf(query.resource), QStringLiteral("day"),
                                                  metricName(metric), from, to)) {
        if (out.isEmpty() || groupOf(start.date()) != group) {
            group = groupOf(start.date());
            out.append(
                {QDateTime(std::max(group, query.range.first), QTime(0, 0), QTimeZone::utc()), 0});
        }
        out.last().second += value;
    }
    return out;
}

void TestDashboardWindow::verifyMatchesSandbox()
{
    const auto calls = truth(Metric::Calls);
    const auto traffic = truth(Metric::Traffic);
    QVERIFY(!calls.isEmpty());
    QCOMPARE(calls.size(), traffic.size());

    auto *table = find<UsageTableView>("usageTable");
    QVERIFY(table);
    const UsageTableModel *model = table->usageModel();
    QCOMPARE(qsizetype(model->rowCount()), calls.size());
    QCOMPARE(qsizetype(table->model()->rowCount()), calls.size());
    qint64 totalCalls = 0;
    qint64 totalTraffic = 0;
    for (int i = 0; i < model->rowCount(); ++i) {
        const auto cell = [model, i](int column) {
            return model->data(model->index(i, column), UsageTableModel::SortRole);
        };
        QCOMPARE(cell(UsageTableModel::Start).toLongLong(), calls[i].first.toMSecsSinceEpoch());
        QCOMPARE(cell(UsageTableModel::Calls).toLongLong(), calls[i].second);
        QCOMPARE(cell(UsageTableModel::Traffic).toLongLong(), traffic[i].second);
        totalCalls += calls[i].second;
        totalTraffic += traffic[i].second;
    }
    // Whatever the scale, the table adds up to the sandbox's hours of the range.
    const DashboardQuery query = m_state->query();
    qint64 hours = 0;
    for (const auto &[start, value] : m_sandbox.server->data().series(
             ownerOf(query.resource), QStringLiteral("hour"), QStringLiteral("calls"),
             QDateTime(query.range.first, QTime(0, 0), QTimeZone::utc()),
             std::min(m_sandbox.now,
                      QDateTime(query.range.last, QTime(23, 59, 59, 999), QTimeZone::utc()))))
        hours += value;
    QCOMPARE(totalCalls, hours);
    // The rows on screen are the rows of the CSV export, in its order.
    QCOMPARE(model->rows(), m_state->snapshot()->rows);

    auto *chart = find<UsageChartView>("usageChartView");
    QVERIFY(chart);
    QCOMPARE(chart->bucketsPerBar(), qsizetype(1));
    QCOMPARE(chart->pointCount(Metric::Calls), calls.size());
    QCOMPARE(chart->pointCount(Metric::Traffic), traffic.size());
    const QString callsLine = find<QLabel>("callsStats")->text();
    QVERIFY2(callsLine.contains(QLocale().toString(totalCalls)), qPrintable(callsLine));
    QCOMPARE(m_state->snapshot()->stats(Metric::Calls).total, totalCalls);
    QCOMPARE(m_state->snapshot()->stats(Metric::Traffic).total, totalTraffic);
    QVERIFY(find<QLabel>("trafficStats")->text().contains(QStringLiteral("total")));
}

void TestDashboardWindow::clickScale(Scale scale)
{
    auto *selector = find<ScaleSelector>("scaleSelector");
    const int index = static_cast<int>(scale);
    selector->actions().at(index)->trigger();
}

void TestDashboardWindow::pickResource(int index)
{
    auto *picker = find<ResourcePicker>("resourcePicker");
    picker->setCurrentIndex(index);
    Q_EMIT picker->activated(index);
}

void TestDashboardWindow::pickPreset(RangePreset preset)
{
    auto *box = find<QComboBox>("rangePreset");
    const int index = box->findData(static_cast<int>(preset));
    box->setCurrentIndex(index);
    Q_EMIT box->activated(index);
}

QString TestDashboardWindow::artifact(const QString &name) const
{
    QDir dir(QDir::currentPath());
    dir.mkpath(QStringLiteral("artifacts"));
    return dir.filePath(QStringLiteral("artifacts/") + name);
}

void TestDashboardWindow::quotaWords_data()
{
    QTest::addColumn<qint64>("used");
    QTest::addColumn<qint64>("maximum");
    QTest::addColumn<QString>("words");
    QTest::addColumn<QString>("spoken");
    QTest::addColumn<int>("level");
    using L = QuotaCard::Level;
    QTest::newRow("nothing used") << 0LL << 100LL << "0%"
                                  << "0%" << int(L::Normal);
    // Something used is never "0%", and short of the limit never "100%".
    QTest::newRow("a sliver") << 79LL << 100'000'000LL << "<1%"
                              << "less than 1%" << int(L::Normal);
    QTest::newRow("one call") << 1LL << 100'000'000LL << "<1%"
                              << "less than 1%" << int(L::Normal);
    QTest::newRow("0.99%") << 99LL << 10'000LL << "<1%"
                           << "less than 1%" << int(L::Normal);
    QTest::newRow("1%") << 1LL << 100LL << "1%"
                        << "1%" << int(L::Normal);
    QTest::newRow("79.9%") << 799LL << 1000LL << "79%"
                           << "79%" << int(L::Normal);
    QTest::newRow("near") << 85LL << 100LL << "85% – near the limit"
                          << "85% – near the limit" << int(L::Warning);
    QTest::newRow("99% exactly") << 99LL << 100LL << "99% – near the limit"
                                 << "99% – near the limit" << int(L::Warning);
    QTest::newRow("99.9% is not over") << 999LL << 1000LL << ">99% – near the limit"
                                       << "more than 99% – near the limit" << int(L::Warning);
    QTest::newRow("one short") << 99'999'999LL << 100'000'000LL << ">99% – near the limit"
                               << "more than 99% – near the limit" << int(L::Warning);
    QTest::newRow("at") << 100LL << 100LL << "100% – over the limit"
                        << "100% – over the limit" << int(L::Alarm);
    QTest::newRow("over") << 104LL << 100LL << "104% – over the limit"
                          << "104% – over the limit" << int(L::Alarm);
    QTest::newRow("no limit") << 5LL << 0LL << "no limit known"
                              << "no limit known" << int(L::NoLimit);
}

void TestDashboardWindow::quotaWords()
{
    QFETCH(qint64, used);
    QFETCH(qint64, maximum);
    QFETCH(QString, words);
    QFETCH(QString, spoken);
    QFETCH(int, level);
    const Quota quota{used, maximum};
    QCOMPARE(QuotaCard::percentWords(quota), words);
    QCOMPARE(QuotaCard::percentWords(quota, QuotaCard::Voice::Spoken), spoken);
    QCOMPARE(int(QuotaCard::levelOf(quota)), level);
    // The card shows the written words and says the spoken ones.
    QuotaCard card(QStringLiteral("Calls today"), QuotaCard::Unit::Count);
    card.setQuota(quota);
    QCOMPARE(card.noteText(), words);
    QVERIFY2(card.accessibleDescription().endsWith(spoken),
             qPrintable(card.accessibleDescription()));
}

void TestDashboardWindow::resourcePickerListsKeys()
{
    auto *picker = find<ResourcePicker>("resourcePicker");
    QVERIFY(picker);
    const sandbox::SandboxData &data = m_sandbox.server->data();
    const QList<sandbox::SandboxApiKey> keys = data.apiKeysOf(data.mainUser().id);
    QCOMPARE(picker->itemText(0), QStringLiteral("My account"));
    QCOMPARE(picker->currentIndex(), 0);
    bool anyRevoked = false;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const int row = int(i) + 1;
        const QString expected =
            keys[i].revoked ? keys[i].name + QStringLiteral(" (revoked)") : keys[i].name;
        QCOMPARE(picker->itemText(row), expected);
        // Greyed, not only said: revoked entries carry the disabled text colour.
        QCOMPARE(picker->itemData(row, Qt::ForegroundRole).isValid(), keys[i].revoked);
        anyRevoked = anyRevoked || keys[i].revoked;
        // The secret is never in an item's text or tooltip.
        QVERIFY(!picker->itemText(row).contains(QString::fromLatin1(keys[i].key)));
    }
    QVERIFY(anyRevoked);
    // The signed-in user is an admin: another user can be opened.
    QCOMPARE(picker->itemText(picker->count() - 1), QStringLiteral("Another user…"));
    QCOMPARE(m_window->windowTitle(),
             QStringLiteral("%1@127.0.0.1:%2").arg(data.mainUser().username).arg(m_sandbox.port));
}

void TestDashboardWindow::firstQueryMatchesSandbox()
{
    const DashboardQuery query = m_state->query();
    QCOMPARE(query.resource.kind, Resource::Kind::Account);
    QCOMPARE(query.scale, Scale::Day);
    // "Last 30 days" as of the sandbox's (pinned) today, not the machine's.
    QCOMPARE(query.range.last, m_sandbox.now.date());
    QCOMPARE(query.range.days(), 30);
    verifyMatchesSandbox();
    QVERIFY(find<QLabel>("rangeDescription")->text().contains(QStringLiteral("30")));
    QVERIFY(find<QLabel>("processLabel")->text().startsWith(QStringLiteral("Processing time")));
    QVERIFY(find<StatusLine>("statusLine")->text().startsWith(QStringLiteral("Updated")));
    QVERIFY(!find<ErrorBanner>("errorBanner")->isVisible());
}

void TestDashboardWindow::comparisonOverlayMatchesSandbox()
{
    // View › Compare with Previous Period: both charts get the 30 days before as a dashed
    // overlay, bucket for bucket, with the service's figures; Same Period Last Year the days
    // 364 days earlier; No Comparison takes it away.
    ComparisonFlow *flow = m_window->comparisonFlow();
    auto *chart = find<UsageChartView>("usageChartView");
    QVERIFY(flow && chart);
    const DateRange range = m_state->query().range;
    const sandbox::SandboxData &data = m_sandbox.server->data();
    const QString owner = ownerOf(m_state->query().resource);
    const auto expect = [&](const DateRange &other) {
        for (const Metric metric : {Metric::Calls, Metric::Traffic}) {
            const auto truth =
                data.series(owner, QStringLiteral("day"), metricName(metric),
                            QDateTime(other.first, QTime(0, 0), QTimeZone::utc()),
                            QDateTime(other.last, QTime(23, 59, 59), QTimeZone::utc()));
            const QList<qreal> overlay = chart->overlay(metric);
            QCOMPARE(overlay.size(), truth.size());
            for (qsizetype i = 0; i < truth.size(); ++i)
                QCOMPARE(qint64(overlay.at(i)), truth.at(i).second);
        }
    };
    QSignalSpy shown(flow, &ComparisonFlow::overlayShown);
    flow->previousAction()->trigger();
    QVERIFY(shown.wait(10000));
    const DateRange previous{range.first.addDays(-30), range.first.addDays(-1)};
    expect(previous);
    // Beside the total, the change against the other period's total: "+12% vs the previous
    // period" (or "−3%").
    qint64 now = 0;
    const DashboardSnapshot shownNow = *m_state->snapshot();
    for (const UsageRow &row : shownNow.rows)
        now += *row.calls;
    qint64 before = 0;
    for (const auto &[start, value] :
         data.series(owner, QStringLiteral("day"), QStringLiteral("calls"),
                     QDateTime(previous.first, QTime(0, 0), QTimeZone::utc()),
                     QDateTime(previous.last, QTime(23, 59, 59), QTimeZone::utc())))
        before += value;
    QVERIFY(before > 0);
    const long percent = std::lround(double(now - before) / double(before) * 100.0);
    const QString note = find<QLabel>("callsStats")->text();
    QVERIFY2(note.contains(QLocale().toString(std::abs(percent)) + QLocale().percent() +
                           QStringLiteral(" vs the previous period")),
             qPrintable(note));

    flow->yearAction()->trigger();
    QVERIFY(shown.wait(10000));
    expect({range.first.addDays(-364), range.last.addDays(-364)});

    flow->noneAction()->trigger();
    QVERIFY(!find<QLabel>("callsStats")->text().contains(QStringLiteral(" vs ")));
    QVERIFY(chart->overlay(Metric::Calls).isEmpty());
    QVERIFY(chart->overlay(Metric::Traffic).isEmpty());
}

void TestDashboardWindow::scaleFetchesAgain_data()
{
    QTest::addColumn<Scale>("scale");
    QTest::addColumn<RangePreset>("preset");
    QTest::newRow("hours of the last 7 days") << Scale::Hour << RangePreset::Last7Days;
    QTest::newRow("hours of a year") << Scale::Hour << RangePreset::Last12Months;
    QTest::newRow("months of a year") << Scale::Month << RangePreset::Last12Months;
    QTest::newRow("days of last month") << Scale::Day << RangePreset::LastMonth;
}

void TestDashboardWindow::scaleFetchesAgain()
{
    QFETCH(Scale, scale);
    QFETCH(RangePreset, preset);
    const int before = m_sandbox.server->requestCount(QStringLiteral("usage/api"));
    pickPreset(preset);
    clickScale(scale);
    QVERIFY(waitForData());
    QCOMPARE(m_state->query().scale, scale);
    QCOMPARE(m_state->query().range, presetRange(preset, m_sandbox.now.date()));
    QVERIFY(m_sandbox.server->requestCount(QStringLiteral("usage/api")) > before);
    verifyMatchesSandbox();
}

void TestDashboardWindow::shortPresetShowsHours()
{
    auto *selector = find<ScaleSelector>("scaleSelector");
    const auto hourChecked = [selector] {
        return selector->actions().at(static_cast<int>(Scale::Hour))->isChecked();
    };
    const auto sentScales = [this] {
        QSet<QByteArray> scales;
        for (const sandbox::RecordedRequest &request : m_sandbox.server->requests()) {
            if (request.path != QLatin1String("usage/api"))
                continue;
            for (const QByteArray &pair : request.rawQuery.split('&')) {
                if (pair.startsWith("scale="))
                    scales.insert(pair.mid(6));
            }
        }
        return scales;
    };
    // "Today" at Day would be one bar: it is shown by the hour, in one fetch at Hour.
    QCOMPARE(m_state->query().scale, Scale::Day);
    m_sandbox.server->clearRequests();
    pickPreset(RangePreset::Today);
    QVERIFY(waitForData());
    QCOMPARE(m_state->query().scale, Scale::Hour);
    QCOMPARE(m_state->query().range.days(), 1);
    QVERIFY(hourChecked());
    QCOMPARE(sentScales(), QSet<QByteArray>{"hour"});
    QVERIFY(m_state->snapshot()->rows.size() > 1);
    verifyMatchesSandbox();
    // A longer preset gives the day scale back.
    pickPreset(RangePreset::Last30Days);
    QVERIFY(waitForData());
    QCOMPARE(m_state->query().scale, Scale::Day);
    QCOMPARE(selector->scale(), Scale::Day);

    // A scale picked by hand since the last preset stays.
    clickScale(Scale::Week);
    QVERIFY(waitForData());
    pickPreset(RangePreset::Today);
    QVERIFY(waitForData());
    QCOMPARE(m_state->query().scale, Scale::Week);
    QCOMPARE(selector->scale(), Scale::Week);
    // ... until a preset was chosen since.
    pickPreset(RangePreset::Today);
    QVERIFY(waitForData());
    QCOMPARE(m_state->query().scale, Scale::Hour);
    QVERIFY(hourChecked());

    // Days picked by hand are no preset: the scale stays as picked.
    clickScale(Scale::Day);
    QVERIFY(waitForData());
    auto *from = find<QDateEdit>("fromDate");
    auto *to = find<QDateEdit>("toDate");
    to->setDate(QDate(2026, 11, 10));
    from->setDate(QDate(2026, 11, 10));
    QTRY_COMPARE_WITH_TIMEOUT(m_state->query().range,
                              (DateRange{QDate(2026, 11, 10), QDate(2026, 11, 10)}), 5000);
    QVERIFY(waitForData());
    QCOMPARE(m_state->query().scale, Scale::Day);
}

void TestDashboardWindow::resourceFetchesAgain()
{
    const sandbox::SandboxData &data = m_sandbox.server->data();
    const QList<sandbox::SandboxApiKey> keys = data.apiKeysOf(data.mainUser().id);
    for (qsizetype i = 0; i < keys.size(); ++i) {
        pickResource(int(i) + 1);
        QVERIFY(waitForData());
        QCOMPARE(m_state->query().resource.kind, Resource::Kind::ApiKey);
        QCOMPARE(m_state->query().resource.keyId, keys[i].id);
        verifyMatchesSandbox();
        // The quotas are the account's: the panel says so, naming the key the charts show.
        const QString scope = m_window->findChild<QuotaPanel *>()->scope();
        QVERIFY2(scope.contains(QStringLiteral("whole account")) && scope.contains(keys[i].name),
                 qPrintable(scope));
    }
    pickResource(0);
    QVERIFY(waitForData());
    QCOMPARE(m_state->query().resource.kind, Resource::Kind::Account);
    QVERIFY(m_window->findChild<QuotaPanel *>()->scope().isEmpty());
}

void TestDashboardWindow::rangeFetchesAgain()
{
    pickPreset(RangePreset::ThisMonth);
    QVERIFY(waitForData());
    QCOMPARE(m_state->query().range.first, QDate(2026, 11, 1));
    verifyMatchesSandbox();

    // Days picked by hand make a custom range, fetched once the typing pauses.
    auto *from = find<QDateEdit>("fromDate");
    auto *to = find<QDateEdit>("toDate");
    to->setDate(QDate(2026, 3, 31));
    from->setDate(QDate(2026, 3, 1));
    QTRY_COMPARE_WITH_TIMEOUT(m_state->query().range,
                              (DateRange{QDate(2026, 3, 1), QDate(2026, 3, 31)}), 5000);
    QVERIFY(waitForData());
    QCOMPARE(find<RangeSelector>("rangeSelector")->preset(), RangePreset::Custom);
    verifyMatchesSandbox();
}

void TestDashboardWindow::quotaCardsShowSummary()
{
    const sandbox::SandboxData &data = m_sandbox.server->data();
    const sandbox::UsageSummary truth = data.summary(data.mainUser().id);
    auto *panel = m_window->findChild<QuotaPanel *>();
    QVERIFY(panel);
    QCOMPARE(panel->callsToday()->valueText(),
             QStringLiteral("%1 / %2").arg(QLocale().toString(truth.dailyApiCalls),
                                           QLocale().toString(truth.maxDailyApiCalls)));
    QCOMPARE(panel->callsThisMonth()->noteText(),
             QuotaCard::percentWords({truth.monthlyApiCalls, truth.maxMonthlyApiCalls}));
    QVERIFY(truth.remainingDays.has_value());
    QVERIFY(panel->planCard()->valueText().startsWith(QString::number(*truth.remainingDays)));
}

void TestDashboardWindow::quotaCardsShowChange()
{
    auto *panel = m_window->findChild<QuotaPanel *>();
    QVERIFY(panel);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->callsThisMonth()->changeText().isEmpty() &&
                                 !panel->trafficToday()->changeText().isEmpty(),
                             20000);
    // The sandbox's own hours, summed over the spans the README states: 1 Nov to 20 Nov 14:00
    // (the running hour left out) against 1 Oct to 20 Oct 14:00; today to 14:00 against
    // yesterday to 14:00.
    const sandbox::SandboxData &data = m_sandbox.server->data();
    const QString eid = QString::number(data.mainUser().id);
    const auto sum = [&](const QString &metric, const QDateTime &from, const QDateTime &to) {
        qint64 total = 0;
        for (const auto &[start, value] :
             data.series(eid, QStringLiteral("hour"), metric, from, to.addSecs(-1)))
            total += value;
        return static_cast<double>(total);
    };
    const auto at = [](int month, int day, int hour) {
        return QDateTime(QDate(2026, month, day), QTime(hour, 0), QTimeZone::utc());
    };
    const auto change = [&](const QString &metric, const QDateTime &from, const QDateTime &to,
                            const QDateTime &otherFrom, const QDateTime &otherTo) {
        const double shown = sum(metric, from, to);
        const double before = sum(metric, otherFrom, otherTo);
        return (shown - before) / before * 100.0;
    };
    const QString calls = QStringLiteral("calls");
    const QString traffic = QStringLiteral("traffic");
    const QString october = QLocale().standaloneMonthName(10);
    const QString yesterday = QuotaChangeFlow::tr("yesterday");
    QCOMPARE(
        panel->callsThisMonth()->changeText(),
        QuotaChangeFlow::note(
            change(calls, at(11, 1, 0), at(11, 20, 14), at(10, 1, 0), at(10, 20, 14)), october));
    QCOMPARE(
        panel->trafficThisMonth()->changeText(),
        QuotaChangeFlow::note(
            change(traffic, at(11, 1, 0), at(11, 20, 14), at(10, 1, 0), at(10, 20, 14)), october));
    QCOMPARE(panel->callsToday()->changeText(),
             QuotaChangeFlow::note(
                 change(calls, at(11, 20, 0), at(11, 20, 14), at(11, 19, 0), at(11, 19, 14)),
                 yesterday));
    QCOMPARE(panel->trafficToday()->changeText(),
             QuotaChangeFlow::note(
                 change(traffic, at(11, 20, 0), at(11, 20, 14), at(11, 19, 0), at(11, 19, 14)),
                 yesterday));
    QVERIFY2(panel->callsThisMonth()->changeText().endsWith(QStringLiteral(" vs ") + october),
             qPrintable(panel->callsThisMonth()->changeText()));
    // A screen reader hears it after the figures; processing has no series: no change said.
    QVERIFY(panel->callsThisMonth()->accessibleDescription().endsWith(
        panel->callsThisMonth()->changeText()));
    for (QuotaCard *card : panel->cards()) {
        if (card != panel->callsThisMonth() && card != panel->trafficThisMonth() &&
            card != panel->callsToday() && card != panel->trafficToday())
            QVERIFY(card->changeText().isEmpty());
    }
}

void TestDashboardWindow::faultShowsBannerAndKeepsRows()
{
    const QList<UsageRow> before = m_state->snapshot()->rows;
    auto *banner = find<ErrorBanner>("errorBanner");
    auto *table = find<UsageTableView>("usageTable");
    auto *status = find<StatusLine>("statusLine");

    QVERIFY(m_sandbox.server->addFault(QStringLiteral("usage/api=status:503")));
    clickScale(Scale::Month);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
    QVERIFY2(banner->text().contains(QStringLiteral("503")), qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(QStringLiteral("Showing data from")),
             qPrintable(banner->text()));
    // The last good rows stay on screen, marked stale.
    QCOMPARE(table->usageModel()->rows(), before);
    // It says exactly what the greyed figures are: days, not the months now chosen.
    QVERIFY2(status->text().contains(QStringLiteral("stale: shown by day, not by month")),
             qPrintable(status->text()));
    QCOMPARE(find<UsageChartView>("usageChartView")->pointCount(Metric::Calls), before.size());
    QVERIFY(find<QWidget>("snapshotContent")->graphicsEffect()); // greyed

    m_sandbox.server->clearFaults();
    QTest::mouseClick(banner->findChild<QPushButton *>(QStringLiteral("retryButton")),
                      Qt::LeftButton);
    QVERIFY(waitForData());
    QTRY_VERIFY(!banner->isVisible());
    QVERIFY(!status->text().contains(QStringLiteral("stale")));
    QVERIFY(!find<QWidget>("snapshotContent")->graphicsEffect());
    QCOMPARE(m_state->query().scale, Scale::Month);
    verifyMatchesSandbox();
}

void TestDashboardWindow::refreshPostsUpdate()
{
    const int updates = m_sandbox.server->requestCount(QStringLiteral("usage/update"));
    auto *button = find<QToolButton>("refreshButton");
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    // Busy while loading: the button is off and the status bar shows a busy bar.
    QVERIFY(!button->isEnabled());
    QVERIFY(find<StatusLine>("statusLine")->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!m_state->isLoading(), 20000);
    QCOMPARE(m_sandbox.server->requestCount(QStringLiteral("usage/update")), updates + 1);
    QVERIFY(button->isEnabled());
    QVERIFY(!find<StatusLine>("statusLine")->isBusy());
    verifyMatchesSandbox();
}

void TestDashboardWindow::refreshWhoseUpdateFails()
{
    auto *panel = m_window->findChild<QuotaPanel *>();
    const QString cardBefore = panel->callsThisMonth()->valueText();
    QVERIFY(m_sandbox.server->addFault(QStringLiteral("usage/update=status:503")));
    QSignalSpy changed(m_state.get(), &DashboardState::snapshotChanged);
    m_window->findChild<QToolButton *>(QStringLiteral("refreshButton"))->click();
    auto *banner = find<ErrorBanner>("errorBanner");
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
    QCOMPARE(changed.size(), 1); // the series are new
    QVERIFY2(banner->text().contains(QStringLiteral("503")), qPrintable(banner->text()));
    QVERIFY(banner->offersRetry());
    // The cards keep their last figures and say they were not refreshed; nothing is greyed.
    QCOMPARE(panel->callsThisMonth()->valueText(), cardBefore);
    QVERIFY2(panel->scope().contains(QStringLiteral("Not refreshed")), qPrintable(panel->scope()));
    QVERIFY(!find<QWidget>("snapshotContent")->graphicsEffect());
    m_sandbox.server->clearFaults();
}

void TestDashboardWindow::fromAfterToSendsNothing()
{
    const DashboardQuery before = m_state->query();
    m_sandbox.server->clearRequests();
    auto *from = find<QDateEdit>("fromDate");
    auto *to = find<QDateEdit>("toDate");
    from->setDate(m_sandbox.now.date());
    to->setDate(m_sandbox.now.date().addDays(-5));
    auto *description = find<QLabel>("rangeDescription");
    const QSize rowSize = find<RangeSelector>("rangeSelector")->sizeHint();
    // Said once the typing pauses, in the state's words (it alone decides).
    QTRY_VERIFY_WITH_TIMEOUT(m_state->queryProblem().has_value(), 5000);
    QVERIFY2(description->text().contains(m_state->queryProblem()->message()),
             qPrintable(description->text()));
    QVERIFY(description->text().contains(QStringLiteral("after")));
    QVERIFY(description->isVisible());
    // The message does not move the row: the pickers keep their size and place.
    QCOMPARE(find<RangeSelector>("rangeSelector")->sizeHint(), rowSize);
    QVERIFY(m_sandbox.server->requests().isEmpty());
    QCOMPARE(m_state->snapshot()->query, before); // still on screen, nothing sent
    QVERIFY(!m_state->isLoading());
    QVERIFY(!m_window->findChild<ErrorBanner *>(QStringLiteral("errorBanner"))->isVisible());

    // Fixing the range fetches it.
    to->setDate(m_sandbox.now.date());
    QTRY_COMPARE_WITH_TIMEOUT(m_state->query().range,
                              (DateRange{m_sandbox.now.date(), m_sandbox.now.date()}), 5000);
    QVERIFY(!description->text().contains(QStringLiteral("after")));
    QVERIFY(waitForData());
    verifyMatchesSandbox();
}

QList<QPair<QByteArray, QByteArray>> TestDashboardWindow::sentRanges() const
{
    QList<QPair<QByteArray, QByteArray>> out;
    for (const sandbox::RecordedRequest &request : m_sandbox.server->requests()) {
        if (request.path != QLatin1String("usage/api"))
            continue;
        // Still percent-encoded, exactly as on the wire.
        QByteArray from, to;
        for (const QByteArray &pair : request.rawQuery.split('&')) {
            if (pair.startsWith("from_date="))
                from = pair.mid(10);
            else if (pair.startsWith("to_date="))
                to = pair.mid(8);
        }
        out.append({from, to});
    }
    return out;
}

void TestDashboardWindow::jalaliRangeSendsSameInstant()
{
    // English, as --lang en makes it (the C locale abbreviates Jalali months: "Esf").
    closeWindow();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    openWindow();
    QVERIFY(waitForData());
    QVERIFY(waitForQuotaChange());
    auto *from = find<QDateEdit>("fromDate");
    auto *to = find<QDateEdit>("toDate");
    const DateRange march{QDate(2026, 3, 1), QDate(2026, 3, 31)};

    // Gregorian: 1 – 31 March 2026, typed into the pickers.
    QVERIFY(!DisplayCalendar::isJalali(DisplayCalendar::current()));
    QCOMPARE(from->calendar().name(), QStringLiteral("Gregorian"));
    m_sandbox.server->clearRequests();
    testing::typeDate(to, QStringLiteral("2026"), QStringLiteral("Mar"), QStringLiteral("31"));
    testing::typeDate(from, QStringLiteral("2026"), QStringLiteral("Mar"), QStringLiteral("1"));
    QTRY_COMPARE_WITH_TIMEOUT(m_state->query().range, march, 5000);
    QVERIFY(waitForData());
    const QList<QPair<QByteArray, QByteArray>> gregorian = sentRanges();
    QVERIFY(!gregorian.isEmpty());
    const QList<UsageRow> gregorianRows = m_state->snapshot()->rows;

    // Somewhere else, then the Jalali calendar, live.
    pickPreset(RangePreset::Last7Days);
    QVERIFY(waitForData());
    DisplayCalendar::setChoice(CalendarChoice::Jalali);
    m_window->displayCalendarChanged();
    QCOMPARE(from->calendar().name(), QStringLiteral("Jalali"));
    QCOMPARE(from->calendarWidget()->calendar().name(), QStringLiteral("Jalali"));

    // The same days as the Jalali calendar names them: 10 Esfand 1404 – 11 Farvardin 1405.
    m_sandbox.server->clearRequests();
    testing::typeDate(from, QStringLiteral("1404"), QStringLiteral("Esfand"), QStringLiteral("10"));
    testing::typeDate(to, QStringLiteral("1405"), QStringLiteral("Farvardin"),
                      QStringLiteral("11"));
    QCOMPARE(from->text(), QStringLiteral("10 Esfand 1404"));
    QCOMPARE(to->text(), QStringLiteral("11 Farvardin 1405"));
    QTRY_COMPARE_WITH_TIMEOUT(m_state->query().range, march, 5000);
    QVERIFY(waitForData());
    const QList<QPair<QByteArray, QByteArray>> jalali = sentRanges();

    // The server was asked for the very same instants, byte for byte.
    QCOMPARE(jalali, gregorian);
    QCOMPARE(gregorian.first().first, QByteArray("2026-03-01T00%3A00%3A00.000000"));
    QCOMPARE(m_state->snapshot()->rows, gregorianRows);
    QVERIFY2(find<QLabel>("rangeDescription")->text().startsWith(QStringLiteral("10 Esfand 1404")),
             qPrintable(find<QLabel>("rangeDescription")->text()));
    verifyMatchesSandbox();
}

void TestDashboardWindow::otherUserForAdmin()
{
    const sandbox::SandboxData &data = m_sandbox.server->data();
    m_state->loadUser(data.otherUser().id);
    QVERIFY(QTest::qWaitFor(
        [this] { return m_state->query().resource.kind == Resource::Kind::User; }, 20000));
    auto *picker = find<ResourcePicker>("resourcePicker");
    QCOMPARE(picker->currentText(), QStringLiteral("User: %1").arg(data.otherUser().username));
    QCOMPARE(m_state->query().resource.userId, data.otherUser().id);
    QVERIFY(waitForData());
    verifyMatchesSandbox();
}

void TestDashboardWindow::otherUserNotFound()
{
    auto *picker = find<ResourcePicker>("resourcePicker");
    const QString before = picker->currentText();
    pickResource(picker->count() - 1); // "Another user…"
    OtherUserDialog *dialog = m_window->otherUserDialog();
    QVERIFY(dialog);
    // No made-up default: the box is empty, and OK waits for an id.
    QVERIFY(dialog->idEdit()->text().isEmpty());
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(dialog->idEdit(), QStringLiteral("0"));
    QVERIFY(!ok->isEnabled());
    dialog->idEdit()->clear();
    QTest::keyClicks(dialog->idEdit(), QStringLiteral("987654"));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);

    auto *banner = find<ErrorBanner>("errorBanner");
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
    QVERIFY2(banner->text().contains(QStringLiteral("987654")), qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(before), qPrintable(banner->text()));
    // Asking again for a user that does not exist cannot help: no Retry.
    QVERIFY(!banner->offersRetry());
    QCOMPARE(picker->currentText(), before);
    QCOMPARE(m_state->query().resource.kind, Resource::Kind::Account);
}

void TestDashboardWindow::everyScaleSameTotalInTheTable()
{
    // A range that cuts weeks and months at both ends: the window's table adds up to the
    // same total at every scale (the library's tests do Tehran too).
    auto *from = find<QDateEdit>("fromDate");
    auto *to = find<QDateEdit>("toDate");
    from->setDate(QDate(2026, 8, 13));
    to->setDate(QDate(2026, 10, 21));
    QTRY_COMPARE_WITH_TIMEOUT(m_state->query().range,
                              (DateRange{QDate(2026, 8, 13), QDate(2026, 10, 21)}), 5000);
    const auto *model = find<UsageTableView>("usageTable")->usageModel();
    QList<qint64> totals;
    for (const Scale scale : {Scale::Hour, Scale::Day, Scale::Week, Scale::Month}) {
        clickScale(scale);
        QVERIFY(waitForData());
        QCOMPARE(m_state->snapshot()->query.scale, scale);
        qint64 total = 0;
        for (int i = 0; i < model->rowCount(); ++i)
            total += model->data(model->index(i, UsageTableModel::Calls), UsageTableModel::SortRole)
                         .toLongLong();
        totals.append(total);
        verifyMatchesSandbox();
    }
    QCOMPARE(totals.size(), 4);
    QVERIFY(totals.first() > 0);
    for (const qint64 total : totals)
        QCOMPARE(total, totals.first());
    // The cut months say so in the table's last column.
    const QString note =
        model->data(model->index(0, UsageTableModel::Partial), Qt::DisplayRole).toString();
    QVERIFY2(note.contains(QStringLiteral("the range starts on 13 Aug")), qPrintable(note));
}

void TestDashboardWindow::everyScaleSameTotalInTehran()
{
    // A window of its own, on a sandbox that buckets in Asia/Tehran, the client's service
    // zone set alike: its table adds up to the sandbox's hours of the range at every scale.
    testing::SandboxFixture tehran;
    tehran.timeZone = QTimeZone("Asia/Tehran");
    QVERIFY(tehran.start(31));
    UsageClient client(&m_network, tehran.clientConfig());
    client.setCredentials(Credentials::apiKey(tehran.apiKey));
    DashboardState state(&client);
    MainWindow window(&state, tehran.serverLabel(), false);
    window.resize(1280, 900);
    window.show();
    state.loadAccount();
    QTRY_VERIFY_WITH_TIMEOUT(state.snapshot().has_value(), 20000);
    const DateRange range{QDate(2026, 8, 13), QDate(2026, 10, 21)};
    window.findChild<QDateEdit *>(QStringLiteral("fromDate"))->setDate(range.first);
    window.findChild<QDateEdit *>(QStringLiteral("toDate"))->setDate(range.last);
    QTRY_COMPARE_WITH_TIMEOUT(state.query().range, range, 5000);

    const sandbox::SandboxData &data = tehran.server->data();
    qint64 hours = 0;
    for (const auto &[start, value] :
         data.series(QString::number(data.mainUser().id), QStringLiteral("hour"),
                     QStringLiteral("calls"), QDateTime(range.first, QTime(0, 0), tehran.timeZone),
                     QDateTime(range.last, QTime(23, 59, 59, 999), tehran.timeZone)))
        hours += value;
    QVERIFY(hours > 0);
    const auto *model =
        window.findChild<UsageTableView *>(QStringLiteral("usageTable"))->usageModel();
    auto *scales = window.findChild<ScaleSelector *>(QStringLiteral("scaleSelector"));
    for (const Scale scale : {Scale::Hour, Scale::Day, Scale::Week, Scale::Month}) {
        scales->actions().at(static_cast<int>(scale))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!state.isLoading() && state.snapshot() &&
                                     state.snapshot()->query == state.query(),
                                 20000);
        qint64 total = 0;
        for (int i = 0; i < model->rowCount(); ++i)
            total += model->data(model->index(i, UsageTableModel::Calls), UsageTableModel::SortRole)
                         .toLongLong();
        QVERIFY2(total == hours, qPrintable(QStringLiteral("%1: %2, the range's hours %3")
                                                .arg(scaleName(scale))
                                                .arg(total)
                                                .arg(hours)));
        // The first row starts at the range's first midnight in Tehran (20:30 UTC before).
        QCOMPARE(model->rows().first().start.toUTC(),
                 QDateTime(range.first.addDays(-1), QTime(20, 30), QTimeZone::utc()));
        // And the table says so: its times are Tehran's.
        QCOMPARE(model->headerData(UsageTableModel::Start, Qt::Horizontal).toString(),
                 QStringLiteral("Start (Asia/Tehran)"));
    }
    window.close();
}

void TestDashboardWindow::tableShowsSizesAndZone()
{
    const auto *model = find<UsageTableView>("usageTable")->usageModel();
    QVERIFY(model->rowCount() > 0);
    const auto header = [model](int column) {
        return model->headerData(column, Qt::Horizontal).toString();
    };
    // The times' zone is named; traffic is a size, not "bytes".
    QCOMPARE(header(UsageTableModel::Start), QStringLiteral("Start (UTC)"));
    QCOMPARE(header(UsageTableModel::End), QStringLiteral("End (UTC)"));
    QCOMPARE(header(UsageTableModel::Traffic), QStringLiteral("Traffic"));
    const QList<QPair<QDateTime, qint64>> traffic = truth(Metric::Traffic);
    QCOMPARE(qsizetype(model->rowCount()), traffic.size());
    for (int i = 0; i < model->rowCount(); ++i) {
        const QModelIndex cell = model->index(i, UsageTableModel::Traffic);
        const qint64 bytes = traffic[i].second;
        // Readable ("245.8 kB"), the exact bytes on hover, sorted by the bytes.
        const QString shown = cell.data().toString();
        QVERIFY2(shown.endsWith(QStringLiteral(" kB")) || shown.endsWith(QStringLiteral(" MB")) ||
                     shown.endsWith(QStringLiteral(" GB")) || shown.endsWith(QStringLiteral(" B")),
                 qPrintable(shown));
        QCOMPARE(shown, Formatting::bytes(bytes));
        QCOMPARE(cell.data(Qt::ToolTipRole).toString(),
                 QStringLiteral("%1 bytes").arg(QLocale().toString(bytes)));
        QCOMPARE(cell.data(UsageTableModel::SortRole).toLongLong(), bytes);
    }
}

void TestDashboardWindow::manyDaysShareBars()
{
    // More days than the chart has pixels: a bar per group of days, exact rows in the table.
    const QSize small = QSize(900, 720).expandedTo(m_window->minimumSize());
    m_window->resize(small);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->size(), small, 10000);
    testing::settle();
    find<QDateEdit>("fromDate")->setDate(m_sandbox.now.date().addDays(-1499));
    QTRY_COMPARE_WITH_TIMEOUT(m_state->query().range.days(), qint64(1500), 5000);
    QVERIFY(waitForData());
    const auto calls = truth(Metric::Calls);
    QCOMPARE(calls.size(), 1500);
    auto *chart = find<UsageChartView>("usageChartView");
    const qsizetype group = chart->bucketsPerBar();
    QVERIFY2(group > 1, qPrintable(QString::number(group)));
    QCOMPARE(chart->pointCount(Metric::Calls), (calls.size() + group - 1) / group);
    QVERIFY(chart->pointCount(Metric::Calls) <= chart->width());
    QCOMPARE(qsizetype(find<UsageTableView>("usageTable")->usageModel()->rowCount()), calls.size());
    // Wide enough: one bar per day again.
    m_window->resize(1800, 900);
    QTRY_COMPARE(chart->bucketsPerBar(), qsizetype(1));
    verifyMatchesSandbox();
}

void TestDashboardWindow::chartHoverShowsBothMetrics()
{
    auto *view = find<QAbstractScrollArea>("trafficChart");
    QVERIFY(view);
    QWidget *viewport = view->viewport();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // The last bar: today, still running.
    const QPoint lastBar(viewport->width() - 16, viewport->height() / 2);
    QTest::mouseMove(viewport, lastBar);
    QTRY_VERIFY(QToolTip::isVisible());
    const QString tip = QToolTip::text();
    const UsageRow last = m_state->snapshot()->rows.last();
    QVERIFY2(tip.contains(QStringLiteral("(not finished)")), qPrintable(tip));
    // A figure's words are joined by non-breaking spaces.
    const QString nbsp(QChar::Nbsp);
    QVERIFY2(tip.contains(QStringLiteral("Calls:") + nbsp + QLocale().toString(*last.calls)),
             qPrintable(tip));
    QVERIFY2(tip.contains(QLocale().toString(*last.traffic) + nbsp + QStringLiteral("bytes")),
             qPrintable(tip));
    QVERIFY(tip.contains(QLocale().toString(last.start, QStringLiteral("d MMM yyyy"))));

    // Laid out as a tooltip lays itself out (a word-wrapping label of a width of its own
    // choosing), the traffic line stays one line: "bytes)" never wraps onto a line alone.
    QTextDocument doc;
    doc.setDefaultFont(QToolTip::font());
    QTextOption wrap = doc.defaultTextOption();
    wrap.setWrapMode(QTextOption::WordWrap);
    doc.setDefaultTextOption(wrap);
    doc.setHtml(tip);
    doc.adjustSize();
    QStringList lines;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        QTextLayout *layout = block.layout();
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            lines.append(block.text().mid(line.textStart(), line.textLength()).trimmed());
        }
    }
    const QString joined = lines.join(QStringLiteral(" | "));
    const auto traffic = std::find_if(lines.cbegin(), lines.cend(), [](const QString &line) {
        return line.contains(QStringLiteral("bytes)"));
    });
    QVERIFY2(traffic != lines.cend(), qPrintable(joined));
    QVERIFY2(traffic->contains(QStringLiteral("Traffic:")), qPrintable(joined));
}

void TestDashboardWindow::exportWritesWhatIsShown()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("usage.csv"));
    const std::optional<QString> error = m_window->exportCsvTo(path);
    QVERIFY2(!error, error ? qPrintable(*error) : "");
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QCOMPARE(csv, exportBytes(*m_state->snapshot(), ExportFormat::Csv));
    QVERIFY(csv.startsWith(csvHeader()));
    const qsizetype lines = csv.count('\n');
    QVERIFY(lines >= m_state->snapshot()->rows.size() + 1);
}

void TestDashboardWindow::settingsRoundTrip()
{
    const sandbox::SandboxData &data = m_sandbox.server->data();
    const QList<sandbox::SandboxApiKey> keys = data.apiKeysOf(data.mainUser().id);
    pickResource(2); // the second key
    clickScale(Scale::Week);
    pickPreset(RangePreset::Last7Days);
    QVERIFY(waitForData());
    const Resource chosen = m_state->query().resource;
    QCOMPARE(chosen.keyId, keys[1].id);
    const QSize size(1111, 777);
    m_window->resize(size);
    closeWindow();

    // Nothing secret was written: no key's secret anywhere in the settings.
    QSettings settings;
    const QStringList written = settings.allKeys();
    QVERIFY(written.contains(QStringLiteral("dashboard/resource")));
    for (const QString &key : written) {
        const QByteArray value = settings.value(key).toByteArray();
        for (const sandbox::SandboxApiKey &k : data.apiKeys())
            QVERIFY2(!value.contains(k.key), qPrintable(key));
        QVERIFY(!value.contains(m_sandbox.apiKey.toLatin1()));
    }

    openWindow(false);
    QVERIFY(waitForData());
    QCOMPARE(m_window->size(), size);
    QCOMPARE(find<ScaleSelector>("scaleSelector")->scale(), Scale::Week);
    QCOMPARE(find<RangeSelector>("rangeSelector")->preset(), RangePreset::Last7Days);
    QCOMPARE(m_state->query().scale, Scale::Week);
    QCOMPARE(m_state->query().range, presetRange(RangePreset::Last7Days, m_sandbox.now.date()));
    QCOMPARE(m_state->query().resource, chosen);
    QCOMPARE(find<ResourcePicker>("resourcePicker")->currentIndex(), 2);
}

void TestDashboardWindow::keyboard()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    // Ctrl+1..4 pick the scale from anywhere in the window.
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QVERIFY(waitForData());
    QCOMPARE(m_state->query().scale, Scale::Hour);
    QTest::keyClick(m_window.get(), Qt::Key_4, Qt::ControlModifier);
    QVERIFY(waitForData());
    QCOMPARE(m_state->query().scale, Scale::Month);

    // Tab walks the controls in the order they are read: whose, scale, range, refresh.
    auto *picker = find<ResourcePicker>("resourcePicker");
    picker->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(picker));
    // (Tab steps through a date's day, month and year before it leaves the field.)
    QStringList order;
    for (int i = 0; i < 16 && order.size() < 8; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *focused = QApplication::focusWidget();
        const QString name =
            focused->accessibleName().isEmpty() ? focused->objectName() : focused->accessibleName();
        if (order.isEmpty() || order.last() != name)
            order.append(name);
    }
    const QStringList expected = {QStringLiteral("Hour"),       QStringLiteral("Day"),
                                  QStringLiteral("Week"),       QStringLiteral("Month"),
                                  QStringLiteral("Date range"), QStringLiteral("From"),
                                  QStringLiteral("To"),         QStringLiteral("Refresh")};
    QCOMPARE(order.mid(0, expected.size()), expected);
}

void TestDashboardWindow::demoModeSaysSo()
{
    MainWindow demo(m_state.get(), QStringLiteral("demo.local"), true);
    // The platform appends the application's name ("… — Geobox Usage"): the title itself
    // must not say it again.
    QCOMPARE(demo.windowTitle(), QStringLiteral("Demo – demo.local"));
    QVERIFY(!demo.windowTitle().contains(QStringLiteral("Geobox Usage")));
    auto *badge = demo.findChild<QLabel *>(QStringLiteral("demoBadge"));
    QVERIFY(badge);
    QCOMPARE(badge->text(), QStringLiteral("Demo"));
    QVERIFY(!m_window->findChild<QLabel *>(QStringLiteral("demoBadge")));
}

void TestDashboardWindow::statusMessageKeepsItsPlace()
{
    // A demo window on the same state: it has the Demo badge.
    MainWindow demo(m_state.get(), QStringLiteral("demo.local"), true);
    demo.resize(1280, 900);
    demo.show();
    QVERIFY(QTest::qWaitForWindowExposed(&demo));
    m_state->reload();
    QVERIFY(waitForData());
    QAction *exportAction = demo.findChild<QAction *>(QStringLiteral("exportAction"));
    QVERIFY(exportAction);
    QTRY_VERIFY(exportAction->isEnabled());

    // File › Export CSV…, answering its file dialog as a user would.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("usage.csv"));
    QTimer answer;
    answer.setInterval(20);
    connect(&answer, &QTimer::timeout, this, [&answer, path] {
        if (auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) {
            answer.stop();
            // Typed into the name field, as a user would: selectFile() leaves the field alone
            // while it has the focus, which the dialog sometimes has already.
            dialog->setDirectory(QFileInfo(path).absolutePath());
            dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"))
                ->setText(QFileInfo(path).fileName());
            static_cast<QDialog *>(dialog)->accept(); // public there
        }
    });
    answer.start();
    exportAction->trigger();
    QTRY_VERIFY(QFile::exists(path));

    // The message has a place of its own: the badge, the time and the button stay.
    auto *status = demo.findChild<StatusLine *>(QStringLiteral("statusLine"));
    auto *message = demo.findChild<QLabel *>(QStringLiteral("statusMessage"));
    QVERIFY(status && message);
    const QString rows = QLocale().toString(m_state->snapshot()->rows.size());
    QTRY_VERIFY(message->isVisible());
    QVERIFY2(message->text().startsWith(QStringLiteral("Exported %1 rows to ").arg(rows)),
             qPrintable(message->text()));
    QVERIFY(demo.statusBar()->currentMessage().isEmpty());
    for (const char *name : {"demoBadge", "updatedLabel", "exportButton"}) {
        auto *w = demo.findChild<QWidget *>(QString::fromLatin1(name));
        QVERIFY2(w && w->isVisible(), name);
    }
    QVERIFY2(status->text().startsWith(QStringLiteral("Updated ")), qPrintable(status->text()));
    QVERIFY2(!status->text().contains(QStringLiteral("Exported")), qPrintable(status->text()));
    // One pair of brackets: "Updated 14:30 (just now)", stale or not.
    QCOMPARE(status->text().count(QLatin1Char('(')), 1);
    status->setStale(true);
    QCOMPARE(status->text().count(QLatin1Char('(')), 1);
    // A message goes again by itself.
    status->showMessage(QStringLiteral("Short"), std::chrono::milliseconds(50));
    QCOMPARE(message->text(), QStringLiteral("Short"));
    QTRY_VERIFY(!message->isVisible());
    QVERIFY(status->message().isEmpty());
    QVERIFY(demo.findChild<QWidget *>(QStringLiteral("demoBadge"))->isVisible());
}

void TestDashboardWindow::screenshot()
{
    m_window->resize(1280, 900);
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    testing::settle();
    const QString path = artifact(QStringLiteral("dashboard.png"));
    QFile::remove(path);
    QVERIFY(m_window->grab().save(path));
    QVERIFY(QFileInfo::exists(path));
    const QImage image(path);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), m_window->size() * m_window->devicePixelRatio());
    // Not blank: many colours (charts, bars, text), not one flat fill.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 100, qPrintable(QString::number(colours.size())));

    // The same window as a table, by hours, and on an error, for a look at those states.
    m_window->findChild<QAction *>(QStringLiteral("tableAction"))->trigger();
    testing::settle();
    QVERIFY(m_window->grab().save(artifact(QStringLiteral("dashboard-table.png"))));
    m_window->findChild<QAction *>(QStringLiteral("chartAction"))->trigger();
    pickPreset(RangePreset::Last7Days);
    clickScale(Scale::Hour);
    QVERIFY(waitForData());
    testing::settle();
    QVERIFY(m_window->grab().save(artifact(QStringLiteral("dashboard-hours.png"))));
    QVERIFY(m_sandbox.server->addFault(QStringLiteral("usage/api=status:503")));
    clickScale(Scale::Day);
    QTRY_VERIFY_WITH_TIMEOUT(find<ErrorBanner>("errorBanner")->isVisible(), 20000);
    testing::settle();
    QVERIFY(m_window->grab().save(artifact(QStringLiteral("dashboard-error.png"))));
    m_sandbox.server->clearFaults();
}

QTEST_MAIN(TestDashboardWindow)
#include "tst_dashboardwindow.moc"
