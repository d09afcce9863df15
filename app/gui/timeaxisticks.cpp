#include "timeaxisticks.h"

#include <QSet>

#include <functional>

namespace geobox {

namespace {

using Pick = std::function<bool(const QDateTime &)>;

bool startsMonth(const QDateTime &t, int every)
{
    const QDate d = t.date();
    return d.day() == 1 && t.time().hour() == 0 && (d.month() - 1) % every == 0;
}

// From the densest to the sparsest choice of labelled buckets, for each scale.
QList<Pick> candidates(Scale scale)
{
    QList<Pick> out;
    switch (scale) {
    case Scale::Hour:
        for (int every : {1, 2, 3, 6, 12})
            out.append([every](const QDateTime &t) { return t.time().hour() % every == 0; });
        for (int days : {1, 2})
            out.append([days](const QDateTime &t) {
                return t.time().hour() == 0 && t.date().toJulianDay() % days == 0;
            });
        out.append([](const QDateTime &t) {
            return t.time().hour() == 0 && t.date().dayOfWeek() == Qt::Monday;
        });
        for (int months : {1, 2, 3, 6, 12})
            out.append([months](const QDateTime &t) { return startsMonth(t, months); });
        break;
    case Scale::Day:
        out.append([](const QDateTime &) { return true; });
        out.append([](const QDateTime &t) { return t.date().toJulianDay() % 2 == 0; });
        out.append([](const QDateTime &t) { return t.date().dayOfWeek() == Qt::Monday; });
        out.append([](const QDateTime &t) {
            return t.date().dayOfWeek() == Qt::Monday && (t.date().toJulianDay() / 7) % 2 == 0;
        });
        for (int months : {1, 2, 3, 6, 12})
            out.append([months](const QDateTime &t) { return startsMonth(t, months); });
        break;
    case Scale::Week:
        out.append([](const QDateTime &) { return true; });
        out.append([](const QDateTime &t) { return (t.date().toJulianDay() / 7) % 2 == 0; });
        for (int months : {1, 2, 3, 6, 12})
            out.append([months](const QDateTime &t) {
                return t.date().day() <= 7 && (t.date().month() - 1) % months == 0;
            });
        break;
    case Scale::Month:
        for (int months : {1, 2, 3, 6, 12})
            out.append(
                [months](const QDateTime &t) { return (t.date().month() - 1) % months == 0; });
        break;
    }
    return out;
}

QString labelFor(const QDateTime &t, Scale scale, bool first, const QLocale &locale)
{
    switch (scale) {
    case Scale::Hour:
        if (t.time().hour() != 0)
            return locale.toString(t, QStringLiteral("HH:mm"));
        if (t.date().day() == 1 && t.date().month() == 1)
            return locale.toString(t, QStringLiteral("d MMM yyyy"));
        return locale.toString(t, QStringLiteral("d MMM"));
    case Scale::Day:
    case Scale::Week:
        if (t.date().day() <= 7 && t.date().month() == 1 && !first)
            return locale.toString(t, QStringLiteral("d MMM yyyy"));
        return locale.toString(t, QStringLiteral("d MMM"));
    case Scale::Month:
        if (first || t.date().month() == 1)
            return locale.toString(t, QStringLiteral("MMM yyyy"));
        return locale.toString(t, QStringLiteral("MMM"));
    }
    return {};
}

} // namespace

QList<TimeAxisTicks::Tick> TimeAxisTicks::compute(const QList<QDateTime> &starts, Scale scale,
                                                  int maxLabels, const QLocale &locale)
{
    QList<Tick> out;
    if (starts.isEmpty())
        return out;
    maxLabels = std::max(1, maxLabels);
    QList<qsizetype> chosen;
    for (const Pick &pick : candidates(scale)) {
        chosen.clear();
        for (qsizetype i = 0; i < starts.size() && chosen.size() <= maxLabels; ++i) {
            if (pick(starts[i]))
                chosen.append(i);
        }
        if (!chosen.isEmpty() && chosen.size() <= maxLabels)
            break;
    }
    // Nothing round in range, or still too many: evenly spaced buckets.
    if (chosen.isEmpty() || chosen.size() > maxLabels) {
        chosen.clear();
        const qsizetype every = (starts.size() + maxLabels - 1) / maxLabels;
        for (qsizetype i = 0; i < starts.size(); i += every)
            chosen.append(i);
    }
    QSet<QString> used;
    for (qsizetype i : chosen) {
        QString label = labelFor(starts[i], scale, out.isEmpty(), locale);
        while (used.contains(label)) // an axis keys its categories by label
            label.append(QChar(0x200B));
        used.insert(label);
        out.append({i, label});
    }
    return out;
}

} // namespace geobox
