// The per-key breakdown's pure parts, table by table: the split of one call into the range
// and its comparison, the account minus its keys (negative included), the ranking, the
// stack, the change attribution (order, shares), and the by-key export's rows and bytes.

#include "breakdown.h"
#include "bykeyexport.h"
#include "changeattribution.h"
#include "explainreport.h"
#include "timebuckets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace geobox;
using namespace Qt::StringLiterals;

namespace {

const QTimeZone utc = QTimeZone::utc();

// Daily buckets from `first`, one value each.
QList<UsageBucket> days(const QDate &first, const QList<qint64> &values)
{
    QList<UsageBucket> out;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QDateTime start(first.addDays(i), QTime(0, 0), utc);
        out.append({start, start.addDays(1), values.at(i), false, false});
    }
    return out;
}

QList<qint64> valuesOf(const QList<UsageBucket> &buckets)
{
    QList<qint64> out;
    for (const UsageBucket &b : buckets)
        out.append(b.value);
    return out;
}

FetchedSeries series(const QList<UsageBucket> &buckets)
{
    UsageSeries s;
    s.buckets = buckets;
    return {s, std::nullopt};
}

FetchedSeries failure(int status)
{
    return {std::nullopt, ApiError::fromHttpStatus(status, "{\"detail\": \"no\"}")};
}

// A three-day range (4-6 Nov) against the three days before it (1-3 Nov).
const QDate first(2026, 11, 1);
const BreakdownPlan plan =
    BreakdownPlan::against(Scale::Day, {QDate(2026, 11, 4), QDate(2026, 11, 6)});
const QDateTime later(QDate(2026, 12, 1), QTime(0, 0), utc);

} // namespace

using Values = QList<qint64>;

class TestBreakdown final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void planCoversBothPeriods();
    void splitRollsWeeksUp();
    void remainder_data();
    void remainder();
    void unattributedIsAccountMinusKeys_data();
    void unattributedIsAccountMinusKeys();
    void failedKeyIsNotLoaded();
    void rankingAndStack();
    void attribution_data();
    void attribution();
    void bucketAttribution();
    void byKeyRowsAddUpToTheAccount();
    void explainJson();
};

void TestBreakdown::planCoversBothPeriods()
{
    QCOMPARE(plan.comparison, (DateRange{QDate(2026, 11, 1), QDate(2026, 11, 3)}));
    QCOMPARE(plan.fetched(), (DateRange{QDate(2026, 11, 1), QDate(2026, 11, 6)}));
    QCOMPARE(plan.fetchScale(), Scale::Day);
    // Whole months stay months; a month scale over cut months is asked as days.
    const BreakdownPlan months =
        BreakdownPlan::against(Scale::Month, {QDate(2026, 9, 1), QDate(2026, 10, 31)});
    QCOMPARE(months.comparison, (DateRange{QDate(2026, 7, 1), QDate(2026, 8, 31)}));
    QCOMPARE(months.fetchScale(), Scale::Month);
    QCOMPARE(
        BreakdownPlan::against(Scale::Month, {QDate(2026, 9, 5), QDate(2026, 10, 31)}).fetchScale(),
        Scale::Day);
    QCOMPARE(
        BreakdownPlan::against(Scale::Week, {QDate(2026, 9, 5), QDate(2026, 10, 31)}).fetchScale(),
        Scale::Day);
    // A comparison chosen by hand, after the range: the span still covers both.
    BreakdownPlan hand = plan;
    hand.comparison = {QDate(2026, 11, 10), QDate(2026, 11, 12)};
    QCOMPARE(hand.fetched(), (DateRange{QDate(2026, 11, 4), QDate(2026, 11, 12)}));
}

void TestBreakdown::splitRollsWeeksUp()
{
    // 14 days, Mon 2 Nov 2026 .. Sun 15 Nov, asked as weeks against the 14 days before.
    const BreakdownPlan weeks =
        BreakdownPlan::against(Scale::Week, {QDate(2026, 11, 2), QDate(2026, 11, 15)});
    Values values;
    for (int i = 0; i < 28; ++i)
        values.append(i + 1);
    const SplitSeries split = splitFetched(weeks, days(QDate(2026, 10, 19), values), later, utc);
    // 19 Oct .. 1 Nov: 1..14; 2 .. 15 Nov: 15..28.
    QCOMPARE(valuesOf(split.previous),
             (Values{1 + 2 + 3 + 4 + 5 + 6 + 7, 8 + 9 + 10 + 11 + 12 + 13 + 14}));
    QCOMPARE(valuesOf(split.current),
             (Values{15 + 16 + 17 + 18 + 19 + 20 + 21, 22 + 23 + 24 + 25 + 26 + 27 + 28}));
    QCOMPARE(split.previousTotal, 105);
    QCOMPARE(split.currentTotal, 301);
}

void TestBreakdown::remainder_data()
{
    QTest::addColumn<Values>("account");
    QTest::addColumn<QList<Values>>("parts");
    QTest::addColumn<Values>("expected");
    QTest::newRow("no parts") << Values{5, 0, 7} << QList<Values>{} << Values{5, 0, 7};
    QTest::newRow("sum of keys") << Values{10, 20, 30} << QList<Values>{{4, 5, 6}, {6, 15, 24}}
                                 << Values{0, 0, 0};
    QTest::newRow("some from no key")
        << Values{10, 20, 30} << QList<Values>{{4, 5, 6}, {1, 2, 3}} << Values{5, 13, 21};
    QTest::newRow("keys count more: negative")
        << Values{10, 0, 3} << QList<Values>{{12, 1, 3}} << Values{-2, -1, 0};
}

void TestBreakdown::remainder()
{
    QFETCH(Values, account);
    QFETCH(QList<Values>, parts);
    QFETCH(Values, expected);
    QList<QList<UsageBucket>> lists;
    for (const Values &p : parts)
        lists.append(days(first, p));
    QList<const QList<UsageBucket> *> pointers;
    for (const auto &l : std::as_const(lists))
        pointers.append(&l);
    QCOMPARE(valuesOf(geobox::remainder(days(first, account), pointers)), expected);
}

void TestBreakdown::unattributedIsAccountMinusKeys_data()
{
    QTest::addColumn<Values>("account");
    QTest::addColumn<Values>("keyA");
    QTest::addColumn<Values>("keyB");
    QTest::addColumn<Values>("unattributed");
    QTest::addColumn<qint64>("unattributedPrevious");
    QTest::newRow("none") << Values{3, 3, 3, 5, 5, 5} << Values{1, 1, 1, 2, 2, 2}
                          << Values{2, 2, 2, 3, 3, 3} << Values{0, 0, 0} << qint64(0);
    QTest::newRow("some") << Values{3, 3, 3, 9, 5, 5} << Values{1, 1, 1, 2, 2, 2}
                          << Values{1, 2, 2, 3, 3, 3} << Values{4, 0, 0} << qint64(1);
    QTest::newRow("negative") << Values{3, 3, 3, 4, 5, 5} << Values{1, 1, 1, 2, 2, 2}
                              << Values{2, 2, 2, 3, 3, 4} << Values{-1, 0, -1} << qint64(0);
}

void TestBreakdown::unattributedIsAccountMinusKeys()
{
    QFETCH(Values, account);
    QFETCH(Values, keyA);
    QFETCH(Values, keyB);
    QFETCH(Values, unattributed);
    QFETCH(qint64, unattributedPrevious);
    const MetricBreakdown b =
        buildBreakdown(plan, Metric::Calls, series(days(first, account)),
                       {{2, u"etl"_s, false}, {1, u"web"_s, true}},
                       {series(days(first, keyA)), series(days(first, keyB))}, later, utc);
    QVERIFY(b.isComplete());
    QCOMPARE(b.keys.size(), 2);
    QCOMPARE(b.keys.at(0).keyId, 1); // id order
    QCOMPARE(b.keys.at(0).name, QStringLiteral("web"));
    QVERIFY(b.keys.at(0).revoked);
    QCOMPARE(valuesOf(b.keys.at(1).current), keyA.mid(3));
    QVERIFY(b.unattributed);
    QCOMPARE(valuesOf(b.unattributed->current), unattributed);
    QCOMPARE(b.unattributed->previousTotal, unattributedPrevious);
    // The parts add up to the account, bucket by bucket.
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(b.keys.at(0).current.at(i).value + b.keys.at(1).current.at(i).value +
                     b.unattributed->current.at(i).value,
                 b.account->current.at(i).value);
    }
}

void TestBreakdown::failedKeyIsNotLoaded()
{
    const MetricBreakdown b =
        buildBreakdown(plan, Metric::Calls, series(days(first, {1, 1, 1, 9, 9, 9})),
                       {{1, u"web"_s, false}, {2, u"etl"_s, false}},
                       {series(days(first, {1, 1, 1, 2, 2, 2})), failure(404)}, later, utc);
    QVERIFY(!b.isComplete());
    QCOMPARE(b.notLoadedCount(), 1);
    QVERIFY(b.keys.at(0).isLoaded());
    QVERIFY(!b.keys.at(1).isLoaded());
    QCOMPARE(b.keys.at(1).error->kind(), ApiError::Kind::NotFound);
    // Not known, so not shown as a zero.
    QVERIFY(!b.unattributed);
    QCOMPARE(rankedKeys(b).size(), 1);
    const auto change = attributeChange(b);
    QVERIFY(change);
    QCOMPARE(change->notLoaded, 1);
    QCOMPARE(change->entries.size(), 1);
    QVERIFY(byKeyRows({plan, b, std::nullopt}).error);
}

void TestBreakdown::rankingAndStack()
{
    // Keys 1..5 with current totals 3, 30, 30, 0, 0; the account has 70 more.
    QList<BreakdownKeyInfo> infos;
    QList<FetchedSeries> keys;
    const Values per{1, 10, 10, 0, 0};
    qint64 sum = 0;
    for (int i = 0; i < per.size(); ++i) {
        infos.append({i + 1, QStringLiteral("k%1").arg(i + 1), false});
        keys.append(series(days(first, {0, 0, 0, per.at(i), per.at(i), per.at(i)})));
        sum += per.at(i);
    }
    // Per key: day 4 = p, day 5 = p, day 6 = p: total 3p.
    const qint64 accountDay = sum + 70 / 3;
    const MetricBreakdown b = buildBreakdown(
        plan, Metric::Calls, series(days(first, {0, 0, 0, accountDay, accountDay, accountDay + 1})),
        infos, keys, later, utc);
    const QList<BreakdownPart> ranked = rankedKeys(b);
    QList<qint64> order;
    for (const BreakdownPart &p : ranked)
        order.append(p.keyId);
    QCOMPARE(order, (QList<qint64>{2, 3, 1, 4, 5})); // ties by id
    const QList<BreakdownPart> stack = stackParts(b, 2);
    QCOMPARE(stack.size(), 4);
    QCOMPARE(stack.at(0).keyId, 2);
    QCOMPARE(stack.at(1).keyId, 3);
    QCOMPARE(stack.at(2).kind, BreakdownPart::Kind::OtherKeys);
    QCOMPARE(stack.at(2).currentTotal, 3); // keys 1, 4 and 5
    QCOMPARE(stack.at(3).kind, BreakdownPart::Kind::Unattributed);
    for (int i = 0; i < 3; ++i) {
        qint64 parts = 0;
        for (const BreakdownPart &p : stack)
            parts += p.current.at(i).value;
        QCOMPARE(parts, b.account->current.at(i).value);
    }
    // Everything fits: no "Other keys".
    QCOMPARE(stackParts(b, 8).size(), 6);
}

void TestBreakdown::attribution_data()
{
    QTest::addColumn<Values>("account");       // previous, current
    QTest::addColumn<QList<Values>>("keys");   // previous, current per key (ids 1..)
    QTest::addColumn<QList<qint64>>("order");  // key ids, 0 for the unattributed
    QTest::addColumn<QList<double>>("shares"); // -1 for null
    QTest::newRow("one key grew") << Values{100, 141} << QList<Values>{{50, 86}, {30, 36}, {20, 19}}
                                  << QList<qint64>{1, 2, 3}
                                  << QList<double>{36. / 41, 6. / 41, -1. / 41};
    QTest::newRow("ties by id, unattributed after")
        << Values{10, 14} << QList<Values>{{5, 6}, {3, 5}, {2, 1}} << QList<qint64>{2, 0, 1, 3}
        << QList<double>{0.5, 0.5, 0.25, -0.25};
    QTest::newRow("no change: no share") << Values{10, 10} << QList<Values>{{4, 6}, {6, 4}}
                                         << QList<qint64>{1, 2} << QList<double>{-1, -1};
}

void TestBreakdown::attribution()
{
    QFETCH(Values, account);
    QFETCH(QList<Values>, keys);
    QFETCH(QList<qint64>, order);
    QFETCH(QList<double>, shares);
    // One-day range against the day before.
    const BreakdownPlan one =
        BreakdownPlan::against(Scale::Day, {QDate(2026, 11, 2), QDate(2026, 11, 2)});
    QList<BreakdownKeyInfo> infos;
    QList<FetchedSeries> answers;
    for (int i = 0; i < keys.size(); ++i) {
        infos.append({i + 1, QStringLiteral("k%1").arg(i + 1), i == 2});
        answers.append(series(days(first, keys.at(i))));
    }
    const MetricBreakdown b = buildBreakdown(one, Metric::Calls, series(days(first, account)),
                                             infos, answers, later, utc);
    const auto change = attributeChange(b);
    QVERIFY(change);
    QCOMPARE(change->currentTotal, account.at(1));
    QCOMPARE(change->previousTotal, account.at(0));
    QList<qint64> got;
    QList<double> gotShares;
    qint64 deltas = 0;
    for (const ChangeEntry &e : change->entries) {
        if (e.keyId || e.delta != 0 || order.contains(0)) {
            got.append(e.keyId.value_or(0));
            gotShares.append(e.shareOfChange.value_or(-1));
        }
        deltas += e.delta;
    }
    QCOMPARE(got, order);
    QCOMPARE(gotShares, shares);
    QCOMPARE(deltas, change->delta()); // the entries explain all of the change
    // The bucket view of a one-day range is the same comparison.
    const auto bucket = attributeBucketChange(b, 0);
    QVERIFY(bucket);
    QCOMPARE(bucket->delta(), change->delta());
}

void TestBreakdown::bucketAttribution()
{
    const MetricBreakdown b = buildBreakdown(
        plan, Metric::Calls, series(days(first, {0, 0, 5, 8, 20, 20})), {{7, u"app"_s, false}},
        {series(days(first, {0, 0, 5, 6, 18, 18}))}, later, utc);
    // 5 Nov against 4 Nov: +12, all from "app".
    const auto second = attributeBucketChange(b, 1);
    QVERIFY(second);
    QCOMPARE(second->delta(), 12);
    QCOMPARE(second->entries.first().keyId, 7);
    QCOMPARE(second->entries.first().delta, 12);
    QCOMPARE(*second->entries.first().shareOfChange, 1.0);
    // 4 Nov against 3 Nov, the comparison's last day: +3, +1 of it from app, +2 from no key.
    const auto firstBucket = attributeBucketChange(b, 0);
    QVERIFY(firstBucket);
    QCOMPARE(firstBucket->delta(), 3);
    QCOMPARE(firstBucket->entries.size(), 2);
    QVERIFY(!firstBucket->entries.first().keyId);
    QCOMPARE(firstBucket->entries.first().delta, 2);
    QVERIFY(!attributeBucketChange(b, 3));
}

void TestBreakdown::byKeyRowsAddUpToTheAccount()
{
    const MetricBreakdown calls = buildBreakdown(
        plan, Metric::Calls, series(days(first, {0, 0, 0, 10, 4, 0})),
        {{9, u"web, \"main\""_s, true}, {3, u"=etl"_s, false}},
        {series(days(first, {0, 0, 0, 6, 4, 0})), series(days(first, {0, 0, 0, 1, 0, 0}))}, later,
        utc);
    const MetricBreakdown traffic = buildBreakdown(
        plan, Metric::Traffic, series(days(first, {0, 0, 0, 1000, 400, 0})),
        {{9, u"web, \"main\""_s, true}, {3, u"=etl"_s, false}},
        {series(days(first, {0, 0, 0, 600, 400, 0})), series(days(first, {0, 0, 0, 100, 0, 0}))},
        later, utc);
    const ByKeyRows rows = byKeyRows({plan, calls, traffic});
    QVERIFY(!rows.error);
    // Day 4: key 3, key 9, unattributed; day 5: key 3, key 9 (nothing from no key); day 6: both
    // keys.
    QCOMPARE(rows.rows.size(), 7);
    QCOMPARE(rows.rows.at(0).keyId, 3);
    QCOMPARE(rows.rows.at(1).keyId, 9);
    QVERIFY(!rows.rows.at(2).keyId);
    QCOMPARE(rows.rows.at(2).calls, 3);
    QCOMPARE(rows.rows.at(2).traffic, 300);
    QCOMPARE(rows.rows.at(6).calls, 0); // a key without usage has its row
    const QByteArray csv = byKeyExportBytes(Scale::Day, rows.rows, ExportFormat::Csv);
    const QList<QByteArray> lines = csv.split('\n');
    QCOMPARE(lines.at(0), QByteArray("bucket_start,bucket_end,scale,resource,key_id,key_name,"
                                     "calls,traffic_bytes,partial\r"));
    QCOMPARE(lines.at(1),
             QByteArray("2026-11-04T00:00:00Z,2026-11-05T00:00:00Z,day,key:=etl,3,'=etl,"
                        "1,100,false\r"));
    QCOMPARE(lines.at(2),
             QByteArray("2026-11-04T00:00:00Z,2026-11-05T00:00:00Z,day,"
                        "\"key:web, \"\"main\"\"\",9,\"web, \"\"main\"\"\",6,600,false\r"));
    QCOMPARE(lines.at(3), QByteArray("2026-11-04T00:00:00Z,2026-11-05T00:00:00Z,day,unattributed,,,"
                                     "3,300,false\r"));
    const QJsonArray json =
        QJsonDocument::fromJson(byKeyExportBytes(Scale::Day, rows.rows, ExportFormat::Json))
            .array();
    QCOMPARE(json.size(), 7);
    QCOMPARE(json.at(2).toObject().value(QLatin1String("key_id")).type(), QJsonValue::Null);
    QCOMPARE(json.at(2).toObject().value(QLatin1String("key_name")).type(), QJsonValue::Null);
    QCOMPARE(json.at(2).toObject().value(QLatin1String("resource")).toString(),
             QStringLiteral("unattributed"));
    QCOMPARE(json.at(1).toObject().value(QLatin1String("key_name")).toString(),
             QStringLiteral("web, \"main\""));
    QCOMPARE(json.at(1).toObject().value(QLatin1String("traffic_bytes")).toInteger(), 600);
}

void TestBreakdown::explainJson()
{
    const MetricBreakdown b = buildBreakdown(
        plan, Metric::Calls, series(days(first, {10, 10, 10, 20, 20, 20})),
        {{1, u"web"_s, true}, {2, u"etl"_s, false}},
        {series(days(first, {5, 5, 5, 5, 5, 5})), series(days(first, {5, 5, 5, 15, 15, 15}))},
        later, utc);
    ExplainReport report{Metric::Calls, plan.range, plan.comparison, *attributeChange(b)};
    const QJsonObject o = QJsonDocument::fromJson(ExplainText::json(report)).object();
    QCOMPARE(o.keys().join(u','),
             u"current_total,from,keys,metric,previous_total,to,vs_from,vs_to"_s);
    QCOMPARE(o.value(QLatin1String("from")).toString(), QStringLiteral("2026-11-04"));
    QCOMPARE(o.value(QLatin1String("vs_to")).toString(), QStringLiteral("2026-11-03"));
    QCOMPARE(o.value(QLatin1String("current_total")).toInteger(), 60);
    QCOMPARE(o.value(QLatin1String("previous_total")).toInteger(), 30);
    const QJsonArray keys = o.value(QLatin1String("keys")).toArray();
    QCOMPARE(keys.size(), 3);
    QCOMPARE(keys.at(0).toObject().value(QLatin1String("key_id")).toInteger(), 2);
    QCOMPARE(keys.at(0).toObject().value(QLatin1String("delta")).toInteger(), 30);
    QCOMPARE(keys.at(0).toObject().value(QLatin1String("share_of_change")).toDouble(), 1.0);
    QCOMPARE(keys.at(1).toObject().value(QLatin1String("key_id")).toInteger(),
             1); // |0| ties: key first
    QVERIFY(keys.at(1).toObject().value(QLatin1String("revoked")).toBool());
    QCOMPARE(keys.at(2).toObject().value(QLatin1String("key_id")).type(), QJsonValue::Null);
    QCOMPARE(ExplainText::csv(report).split('\n').at(0),
             QByteArray("key_id,key_name,revoked,current,previous,delta,share_of_change\r"));
    QCOMPARE(ExplainText::csv(report).split('\n').at(1), QByteArray("2,etl,false,45,15,30,1\r"));
}

QTEST_GUILESS_MAIN(TestBreakdown)
#include "tst_breakdown.moc"
