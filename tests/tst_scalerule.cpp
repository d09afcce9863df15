// The scale a range preset brings (ScaleRule): a preset of under three days is shown
// by the hour unless a scale was picked by hand since the last preset, and a longer
// preset gives back the scale the rule replaced. Each row is a run of choices.

#include "scalerule.h"

#include <QTest>

using namespace geobox;

class TestScaleRule final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void choices_data();
    void choices();
};

void TestScaleRule::choices_data()
{
    // steps: "preset:ID" (a preset chosen, with its days on `today`) or "pick:SCALE" (by
    // hand). scales: the scale after each preset, in order.
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QStringList>("scales");
    const QDate d(2026, 11, 20);
    const auto list = [](const char *text) {
        return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    };
    QTest::newRow("Today at Day: Hour") << d << "day" << list("preset:today") << list("hour");
    QTest::newRow("Today at Month: Hour") << d << "month" << list("preset:today") << list("hour");
    QTest::newRow("Last 7 days at Day stays Day")
        << d << "day" << list("preset:last-7-days") << list("day");
    QTest::newRow("This month on the 2nd: Hour")
        << QDate(2026, 11, 2) << "day" << list("preset:this-month") << list("hour");
    QTest::newRow("This month on the 3rd stays Day")
        << QDate(2026, 11, 3) << "day" << list("preset:this-month") << list("day");
    QTest::newRow("This year on 1 January: Hour")
        << QDate(2027, 1, 1) << "week" << list("preset:this-year") << list("hour");
    QTest::newRow("Custom is no preset")
        << d << "day" << list("preset:custom preset:today") << list("day hour");
    QTest::newRow("picked by hand: Today stays at it")
        << d << "day" << list("pick:week preset:today") << list("week");
    QTest::newRow("a pick counts until the next preset")
        << d << "day" << list("pick:week preset:today preset:today") << list("week hour");
    QTest::newRow("back to a longer preset: the scale it replaced")
        << d << "day" << list("preset:today preset:last-30-days") << list("hour day");
    QTest::newRow("Today twice, then longer: still the first scale")
        << d << "week" << list("preset:today preset:today preset:last-7-days")
        << list("hour hour week");
    QTest::newRow("picked since the switch: the pick stays")
        << d << "day" << list("preset:today pick:month pick:hour preset:last-30-days")
        << list("hour hour");
    QTest::newRow("Hour by choice, then Today and longer: Hour")
        << d << "hour" << list("preset:today preset:last-7-days") << list("hour hour");
    QTest::newRow("a preset after a pick forgets what was replaced")
        << d << "day" << list("preset:today pick:day preset:today preset:last-month")
        << list("hour day day");
}

void TestScaleRule::choices()
{
    QFETCH(QDate, today);
    QFETCH(QString, start);
    QFETCH(QStringList, steps);
    QFETCH(QStringList, scales);
    ScaleRule rule;
    std::optional<Scale> scale = scaleFromName(start);
    QVERIFY(scale);
    QStringList seen;
    for (const QString &step : std::as_const(steps)) {
        const QString what = step.section(QLatin1Char(':'), 1);
        if (step.startsWith(QLatin1String("pick:"))) {
            scale = scaleFromName(what);
            QVERIFY2(scale, qPrintable(step));
            rule.scalePicked(*scale);
            QVERIFY(rule.pickedByHand());
            continue;
        }
        const std::optional<RangePreset> preset = presetFromId(what);
        QVERIFY2(preset, qPrintable(step));
        const DateRange range = *preset == RangePreset::Custom ? DateRange{today, today}
                                                               // a day picked by hand
                                                               : presetRange(*preset, today);
        scale = rule.presetChosen(*preset, range, *scale);
        if (*preset != RangePreset::Custom)
            QVERIFY(!rule.pickedByHand());
        seen.append(scaleName(*scale));
    }
    QCOMPARE(seen, scales);
}

QTEST_APPLESS_MAIN(TestScaleRule)
#include "tst_scalerule.moc"
