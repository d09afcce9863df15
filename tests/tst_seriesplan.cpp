// The calls a series needs so that every scale tells the same truth: the months a range
// cuts come from days, the months it covers whole from the month scale; and joining the
// answers back into one series.

#include "seriesplan.h"
#include "timebuckets.h"

#include <QTest>

using namespace geobox;

namespace {
using Parts = QList<SeriesPart>;
SeriesPart part(Scale scale, QDate first, QDate last)
{
    return {scale, {first, last}};
}
} // namespace

class TestSeriesPlan final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parts_data();
    void parts();
    void joinedMonthsCountTheRangeOnly();
};

void TestSeriesPlan::parts_data()
{
    QTest::addColumn<Scale>("scale");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<Parts>("expected");

    const QDate today(2026, 12, 1);
    QTest::newRow("day: one call") << Scale::Day << QDate(2026, 11, 25) << today << today
                                   << Parts{part(Scale::Day, QDate(2026, 11, 25), today)};
    QTest::newRow("hour: one call") << Scale::Hour << QDate(2026, 11, 25) << today << today
                                    << Parts{part(Scale::Hour, QDate(2026, 11, 25), today)};
    QTest::newRow("week: one call, rolled up by the job")
        << Scale::Week << QDate(2026, 11, 25) << today << today
        << Parts{part(Scale::Week, QDate(2026, 11, 25), today)};
    QTest::newRow("month: last 7 days, November cut, December running")
        << Scale::Month << QDate(2026, 11, 25) << today << today
        << Parts{part(Scale::Day, QDate(2026, 11, 25), QDate(2026, 11, 30)),
                 part(Scale::Month, today, today)};
    QTest::newRow("month: inside one past month")
        << Scale::Month << QDate(2026, 11, 15) << QDate(2026, 11, 20) << today
        << Parts{part(Scale::Day, QDate(2026, 11, 15), QDate(2026, 11, 20))};
    QTest::newRow("month: one whole past month")
        << Scale::Month << QDate(2026, 10, 1) << QDate(2026, 10, 31) << today
        << Parts{part(Scale::Month, QDate(2026, 10, 1), QDate(2026, 10, 31))};
    QTest::newRow("month: this month so far")
        << Scale::Month << today << today << today << Parts{part(Scale::Month, today, today)};
    QTest::newRow("month: cut at both ends, whole months between")
        << Scale::Month << QDate(2026, 3, 15) << QDate(2026, 6, 10) << today
        << Parts{part(Scale::Day, QDate(2026, 3, 15), QDate(2026, 3, 31)),
                 part(Scale::Month, QDate(2026, 4, 1), QDate(2026, 5, 31)),
                 part(Scale::Day, QDate(2026, 6, 1), QDate(2026, 6, 10))};
    QTest::newRow("month: cut at both ends of two neighbouring months")
        << Scale::Month << QDate(2026, 3, 15) << QDate(2026, 4, 10) << today
        << Parts{part(Scale::Day, QDate(2026, 3, 15), QDate(2026, 3, 31)),
                 part(Scale::Day, QDate(2026, 4, 1), QDate(2026, 4, 10))};
    QTest::newRow("month: last 365 days")
        << Scale::Month << QDate(2025, 12, 2) << today << today
        << Parts{part(Scale::Day, QDate(2025, 12, 2), QDate(2025, 12, 31)),
                 part(Scale::Month, QDate(2026, 1, 1), today)};
    QTest::newRow("month: a range that ends in the future cuts nothing there")
        << Scale::Month << QDate(2026, 11, 1) << QDate(2026, 12, 31) << today
        << Parts{part(Scale::Month, QDate(2026, 11, 1), QDate(2026, 12, 31))};
    QTest::newRow("month: ends yesterday inside this month: cut")
        << Scale::Month << QDate(2026, 11, 1) << QDate(2026, 12, 1) << QDate(2026, 12, 2)
        << Parts{part(Scale::Month, QDate(2026, 11, 1), QDate(2026, 11, 30)),
                 part(Scale::Day, QDate(2026, 12, 1), QDate(2026, 12, 1))};
    QTest::newRow("invalid range: nothing")
        << Scale::Month << QDate(2026, 11, 20) << QDate(2026, 11, 10) << today << Parts{};
}

void TestSeriesPlan::parts()
{
    QFETCH(Scale, scale);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(QDate, today);
    QFETCH(Parts, expected);
    const Parts got = seriesParts(scale, {first, last}, today);
    QCOMPARE(got.size(), expected.size());
    for (qsizetype i = 0; i < got.size(); ++i) {
        QCOMPARE(got[i].scale, expected[i].scale);
        QCOMPARE(got[i].days.first, expected[i].days.first);
        QCOMPARE(got[i].days.last, expected[i].days.last);
    }
}

void TestSeriesPlan::joinedMonthsCountTheRangeOnly()
{
    // 15 Mar – 10 Jun, every day worth 1, every whole month worth its days: the joined
    // months add up to the range's 88 days, whatever came from which scale.
    const QTimeZone zone = QTimeZone::utc();
    const QDateTime now(QDate(2026, 12, 1), QTime(9, 0), zone);
    const DateRange range{QDate(2026, 3, 15), QDate(2026, 6, 10)};
    const Parts parts = seriesParts(Scale::Month, range, now.date());
    QCOMPARE(parts.size(), 3);
    QList<QList<UsageBucket>> answers;
    for (const SeriesPart &p : parts) {
        QList<RawPoint> points;
        if (p.scale == Scale::Day) {
            for (QDate d = p.days.first; d <= p.days.last; d = d.addDays(1))
                points.append({QDateTime(d, QTime(0, 0), zone), 1});
        } else {
            for (QDate d = p.days.first; d <= p.days.last; d = d.addMonths(1))
                points.append({QDateTime(d, QTime(0, 0), zone), d.daysInMonth()});
        }
        answers.append(fillGaps(points, p.scale, QDateTime(p.days.first, QTime(0, 0), zone),
                                QDateTime(p.days.last, QTime(23, 59, 59), zone), now, zone));
    }
    const QList<UsageBucket> months = joinParts(Scale::Month, parts, answers, now, zone);
    QCOMPARE(months.size(), 4);
    QCOMPARE(months[0].start.date(), QDate(2026, 3, 15));
    QCOMPARE(months[0].end.date(), QDate(2026, 4, 1));
    QCOMPARE(months[0].value, 17);
    QVERIFY(months[0].cut);
    QCOMPARE(months[1].start.date(), QDate(2026, 4, 1));
    QCOMPARE(months[1].value, 30);
    QVERIFY(!months[1].cut);
    QCOMPARE(months[2].value, 31);
    QCOMPARE(months[3].start.date(), QDate(2026, 6, 1));
    QCOMPARE(months[3].end.date(), QDate(2026, 6, 11));
    QCOMPARE(months[3].value, 10);
    QVERIFY(months[3].cut);
    qint64 total = 0;
    for (const UsageBucket &m : months)
        total += m.value;
    QCOMPARE(total, range.days());
}

QTEST_GUILESS_MAIN(TestSeriesPlan)
#include "tst_seriesplan.moc"
