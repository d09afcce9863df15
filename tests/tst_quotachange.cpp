// The change on the quota cards (lib/insights/quotachange.h): against geobox-sandbox over
// HTTP, the hours read through ServiceHourlyHistory give the same percentages as the
// sandbox's own figures for the spans the README states; and the edges of the rule.

#include "insights/hourlyhistory.h"
#include "insights/quotachange.h"
#include "sandboxfixture.h"
#include "usageclient.h"

#include <QNetworkAccessManager>

using namespace geobox;

class TestQuotaChange final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void matchesSandbox();
    void spans();
    void shorterMonthCountsWhole();
    void nothingToSay();

private:
    qint64 truth(const QString &metric, const QDateTime &from, const QDateTime &to) const;

    testing::SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
};

void TestQuotaChange::initTestCase()
{
    QVERIFY(m_sandbox.start(5));
}

// The sandbox's hours whose start is in [from, to).
qint64 TestQuotaChange::truth(const QString &metric, const QDateTime &from,
                              const QDateTime &to) const
{
    const sandbox::SandboxData &data = m_sandbox.server->data();
    const QString eid = QString::number(data.mainUser().id);
    qint64 sum = 0;
    for (const auto &[start, value] :
         data.series(eid, QStringLiteral("hour"), metric, from, to.addSecs(-1)))
        sum += value;
    return sum;
}

void TestQuotaChange::matchesSandbox()
{
    UsageClient client(&m_network, m_sandbox.clientConfig());
    client.setCredentials(Credentials::apiKey(m_sandbox.apiKey));
    ServiceHourlyHistory history(&client);
    const QString eid = QString::number(m_sandbox.server->data().mainUser().id);
    const QDateTime now = m_sandbox.now; // 20 Nov 2026 14:30 UTC
    const QuotaChangeSpans spans = quotaChangeSpans(now, m_sandbox.timeZone);
    std::optional<QList<UsageBucket>> calls;
    std::optional<QList<UsageBucket>> traffic;
    for (const Metric metric : {Metric::Calls, Metric::Traffic}) {
        history.hours(eid, metric, spans.previousMonthStart, now,
                      [&, metric](const std::optional<UsageSeries> &hours,
                                  const std::optional<ApiError> &error) {
                          QVERIFY(!error);
                          (metric == Metric::Calls ? calls : traffic) = hours->buckets;
                      });
    }
    QTRY_VERIFY_WITH_TIMEOUT(calls && traffic, 20000);
    const QuotaChanges changes = quotaChanges(*calls, *traffic, now, m_sandbox.timeZone);

    const QTimeZone utc = QTimeZone::utc();
    const QDateTime cut(QDate(2026, 11, 20), QTime(14, 0), utc);
    const auto expect = [this](const QString &metric, const QDateTime &from, const QDateTime &to,
                               const QDateTime &otherFrom, const QDateTime &otherTo) {
        const double shown = static_cast<double>(truth(metric, from, to));
        const double before = static_cast<double>(truth(metric, otherFrom, otherTo));
        return (shown - before) / before * 100.0;
    };
    const QString c = QStringLiteral("calls");
    const QString t = QStringLiteral("traffic");
    const QDateTime nov1(QDate(2026, 11, 1), QTime(0, 0), utc);
    const QDateTime oct1(QDate(2026, 10, 1), QTime(0, 0), utc);
    const QDateTime oct20(QDate(2026, 10, 20), QTime(14, 0), utc);
    const QDateTime today(QDate(2026, 11, 20), QTime(0, 0), utc);
    const QDateTime yesterday(QDate(2026, 11, 19), QTime(0, 0), utc);
    const QDateTime yesterdayCut(QDate(2026, 11, 19), QTime(14, 0), utc);
    QVERIFY(changes.monthlyCalls && changes.monthlyTraffic);
    QVERIFY(changes.dailyCalls && changes.dailyTraffic);
    QCOMPARE(*changes.monthlyCalls, expect(c, nov1, cut, oct1, oct20));
    QCOMPARE(*changes.monthlyTraffic, expect(t, nov1, cut, oct1, oct20));
    QCOMPARE(*changes.dailyCalls, expect(c, today, cut, yesterday, yesterdayCut));
    QCOMPARE(*changes.dailyTraffic, expect(t, today, cut, yesterday, yesterdayCut));
    QCOMPARE(changes.previousMonth, QDate(2026, 10, 1));
    // The sandbox's months differ: a comparison that always said 0% would not pass.
    QVERIFY(std::abs(*changes.monthlyCalls) > 0.01);
}

void TestQuotaChange::spans()
{
    const QTimeZone tehran("Asia/Tehran");
    QVERIFY(tehran.isValid());
    // 2 Dec 2026 00:50 UTC is 04:20 in Tehran (+03:30).
    const QuotaChangeSpans s =
        quotaChangeSpans(QDateTime(QDate(2026, 12, 2), QTime(0, 50), QTimeZone::utc()), tehran);
    QCOMPARE(s.cutoff, QDateTime(QDate(2026, 12, 2), QTime(4, 0), tehran));
    QCOMPARE(s.monthStart, QDateTime(QDate(2026, 12, 1), QTime(0, 0), tehran));
    QCOMPARE(s.previousMonthStart, QDateTime(QDate(2026, 11, 1), QTime(0, 0), tehran));
    QCOMPARE(s.previousMonthCutoff, QDateTime(QDate(2026, 11, 2), QTime(4, 0), tehran));
    QCOMPARE(s.yesterdayStart, QDateTime(QDate(2026, 12, 1), QTime(0, 0), tehran));
    QCOMPARE(s.yesterdayCutoff, QDateTime(QDate(2026, 12, 1), QTime(4, 0), tehran));
}

namespace {

// Hours from `from`, `count` of them, each of `value`.
QList<UsageBucket> flat(const QDateTime &from, int count, qint64 value)
{
    QList<UsageBucket> out;
    for (int i = 0; i < count; ++i)
        out.append({from.addSecs(3600LL * i), from.addSecs(3600LL * (i + 1)), value});
    return out;
}

} // namespace

void TestQuotaChange::shorterMonthCountsWhole()
{
    const QTimeZone utc = QTimeZone::utc();
    // 31 Mar 2027 12:10: February (28 days) is counted whole against March's 30 days and 12 h.
    const QDateTime now(QDate(2027, 3, 31), QTime(12, 10), utc);
    const QDateTime feb1(QDate(2027, 2, 1), QTime(0, 0), utc);
    const int hours = 28 * 24 + 30 * 24 + 13;
    const QList<UsageBucket> series = flat(feb1, hours, 10);
    const QuotaChanges c = quotaChanges(series, series, now, utc);
    const double march = (30 * 24 + 12) * 10.0;
    const double february = 28 * 24 * 10.0;
    QCOMPARE(*c.monthlyCalls, (march - february) / february * 100.0);
    QCOMPARE(c.previousMonth, QDate(2027, 2, 1));
    // Hours of equal use, day against day up to 12:00: no change.
    QCOMPARE(*c.dailyCalls, 0.0);
}

void TestQuotaChange::nothingToSay()
{
    const QTimeZone utc = QTimeZone::utc();
    // In the first hour of a month no hour of it is finished: no change is said, not "0%".
    const QDateTime first(QDate(2026, 12, 1), QTime(0, 40), utc);
    const QList<UsageBucket> series =
        flat(QDateTime(QDate(2026, 11, 1), QTime(0, 0), utc), 30 * 24 + 1, 7);
    const QuotaChanges c = quotaChanges(series, series, first, utc);
    QVERIFY(!c.monthlyCalls);
    QVERIFY(!c.dailyTraffic);
    // A period compared with that had no use at all: no percentage either.
    const QDateTime later(QDate(2026, 12, 1), QTime(5, 10), utc);
    QList<UsageBucket> december =
        flat(QDateTime(QDate(2026, 11, 1), QTime(0, 0), utc), 30 * 24 + 6, 0);
    for (UsageBucket &b : december) {
        if (b.start.date().month() == 12)
            b.value = 3;
    }
    const QuotaChanges z = quotaChanges(december, december, later, utc);
    QVERIFY(!z.monthlyCalls);
    QVERIFY(!z.dailyCalls);
}

QTEST_GUILESS_MAIN(TestQuotaChange)
#include "tst_quotachange.moc"
