// HistoryStore's usage buckets: reading a series back, and writing one (in one
// transaction, its rows packed into one parameter of one statement).

#include "historystore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

#include <algorithm>
#include <charconv>
#include <cstring>

namespace geobox {

namespace {

qint64 seconds(const QDateTime &t)
{
    return t.toSecsSinceEpoch();
}

QDateTime fromSeconds(qint64 s)
{
    return QDateTime::fromSecsSinceEpoch(s, QTimeZone::utc());
}

// A number as packed for storeSeries: 20 characters (a qint64 has at most 19 digits and
// a sign).
constexpr int kPackedField = 20;

// The row numbers 0 .. ? - 1 (the count bound twice) as a table r (i): a hundred a step of
// a recursive count, crossed with the hundred numbers 0 .. 99. A recursive count a row
// spent two fifths of a write in its queue (a row put in, read and deleted each time);
// this one queues one row a hundred.
const QString &rowNumbers()
{
    static const QString sql = [] {
        QString digits;
        for (int n = 0; n < 100; ++n)
            digits += (n ? QStringLiteral(", (%1)") : QStringLiteral("(%1)")).arg(n);
        return QStringLiteral(
                   "WITH RECURSIVE d (n) AS (VALUES %1), "
                   "h (i) AS (SELECT 0 UNION ALL SELECT i + 100 FROM h WHERE i + 100 < ?), "
                   "r (i) AS (SELECT h.i + d.n FROM h CROSS JOIN d WHERE h.i + d.n < ?) ")
            .arg(digits);
    }();
    return sql;
}

} // namespace

StoredSeries HistoryStore::series(const HistoryScope &scope, const QString &resource, Scale scale,
                                  Metric metric, const QDateTime &from, const QDateTime &to) const
{
    StoredSeries out;
    if (!m_open)
        return out;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, first_bucket FROM series WHERE server = ? AND "
                             "user_id = ? AND resource = ? AND scale = ? AND metric = ?"));
    q.addBindValue(scope.server);
    q.addBindValue(scope.userId);
    q.addBindValue(resource);
    q.addBindValue(scaleName(scale));
    q.addBindValue(metricName(metric));
    if (!q.exec() || !q.next())
        return out;
    const qint64 id = q.value(0).toLongLong();
    if (!q.value(1).isNull())
        out.firstBucket = fromSeconds(q.value(1).toLongLong());
    q.finish();
    q.prepare(QStringLiteral("SELECT range_from, fetched_at FROM fetches WHERE series_id = ? "
                             "ORDER BY range_from, fetched_at DESC LIMIT 1"));
    q.addBindValue(id);
    if (q.exec() && q.next()) {
        out.askedFrom = fromSeconds(q.value(0).toLongLong());
        out.askedAt = fromSeconds(q.value(1).toLongLong());
    }
    q.finish();
    q.prepare(QStringLiteral("SELECT bucket_start, bucket_end, value, fetched_at FROM buckets "
                             "WHERE series_id = ? AND bucket_start >= ? AND bucket_start < ? "
                             "ORDER BY bucket_start"));
    q.addBindValue(id);
    q.addBindValue(seconds(from));
    q.addBindValue(seconds(to));
    if (!q.exec())
        return out;
    while (q.next()) {
        out.buckets.append({q.value(0).toLongLong(), q.value(1).toLongLong(),
                            q.value(2).toLongLong(), q.value(3).toLongLong()});
    }
    return out;
}

bool HistoryStore::storeSeries(const HistoryScope &scope, const QString &resource, Scale scale,
                               Metric metric, const QList<UsageBucket> &buckets,
                               const QDateTime &askedFrom, const QDateTime &askedTo,
                               const QDateTime &fetchedAt)
{
    if (!m_open || scale == Scale::Week || !scope.isValid())
        return false;
    QSqlDatabase d = db();
    if (!d.transaction()) {
        failWrite(d.lastError().databaseText());
        return false;
    }
    QSqlQuery q(d);
    auto fail = [&] {
        const QString why = q.lastError().databaseText();
        q.finish();
        failWrite(why);
        return false;
    };
    // A write first, so that the transaction takes the write lock (and waits its turn)
    // before it reads anything.
    q.prepare(QStringLiteral(
        "INSERT INTO series (server, user_id, resource, scale, metric) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (server, user_id, resource, scale, metric) DO NOTHING"));
    const QVariantList key{scope.server, scope.userId, resource, scaleName(scale),
                           metricName(metric)};
    for (const QVariant &v : key)
        q.addBindValue(v);
    if (!q.exec())
        return fail();
    q.prepare(QStringLiteral("SELECT id, first_bucket FROM series WHERE server = ? AND "
                             "user_id = ? AND resource = ? AND scale = ? AND metric = ?"));
    for (const QVariant &v : key)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return fail();
    const qint64 id = q.value(0).toLongLong();
    std::optional<qint64> first;
    if (!q.value(1).isNull())
        first = q.value(1).toLongLong();
    q.finish();

    const auto firstReturned = std::find_if(buckets.begin(), buckets.end(),
                                            [](const UsageBucket &b) { return b.value != 0; });
    if (firstReturned != buckets.end() && (!first || seconds(firstReturned->start) < *first)) {
        first = seconds(firstReturned->start);
        q.prepare(QStringLiteral("UPDATE series SET first_bucket = ? WHERE id = ?"));
        q.addBindValue(*first);
        q.addBindValue(id);
        if (!q.exec())
            return fail();
    }

    QList<const UsageBucket *> rows;
    if (first) {
        for (const UsageBucket &b : buckets) {
            if (seconds(b.start) >= *first)
                rows.append(&b);
        }
    }
    const qint64 fetched = seconds(fetchedAt);
    // The rows go in as one parameter of fixed-width fields (20 characters each,
    // right-aligned) that one statement walks with a count (rowNumbers()): SQLite parses it once
    // and Qt SQL binds a few values, however many rows there are. (Many rows a statement
    // as literals spent three quarters of the time in SQLite's parser; one statement a
    // row, in binding through Qt SQL and in running each one.) Buckets of one length end
    // to end (hours, UTC days) send their values alone: the times are counted.
    const qint64 from = rows.isEmpty() ? 0 : seconds(rows.first()->start);
    const qint64 step = rows.isEmpty() ? 0 : seconds(rows.first()->end) - from;
    bool regular = step > 0;
    for (qsizetype i = 0; regular && i < rows.size(); ++i) {
        regular = seconds(rows[i]->start) == from + i * step &&
                  seconds(rows[i]->end) == from + (i + 1) * step;
    }
    const int fields = regular ? 1 : 3;
    QByteArray packed(rows.size() * fields * kPackedField, ' ');
    char *at = packed.data();
    auto pack = [&at](qint64 n) {
        char digits[kPackedField];
        const auto r = std::to_chars(digits, digits + kPackedField, n);
        const auto length = r.ptr - digits;
        std::memcpy(at + kPackedField - length, digits, size_t(length));
        at += kPackedField;
    };
    for (const UsageBucket *b : rows) {
        if (!regular) {
            pack(seconds(b->start));
            pack(seconds(b->end));
        }
        pack(b->value);
    }
    const QString field = QStringLiteral("CAST(substr(?, i * %1 + %2, 20) AS BIGINT)");
    const QString times = regular ? QStringLiteral("? + i * ?, ? + (i + 1) * ?, ")
                                  : field.arg(60).arg(1) + QStringLiteral(", ") +
                                        field.arg(60).arg(21) + QStringLiteral(", ");
    const QString value = regular ? field.arg(20).arg(1) : field.arg(60).arg(41);
    QSqlQuery insert(d);
    insert.setForwardOnly(true);
    bool written =
        rows.isEmpty() ||
        (insert.prepare(
            rowNumbers() +
            QStringLiteral(
                "INSERT INTO buckets (series_id, bucket_start, bucket_end, value, fetched_at) "
                "SELECT ?, ") +
            times + value +
            QStringLiteral(", ? FROM r WHERE 1 = 1 ON CONFLICT (series_id, bucket_start) DO "
                           "UPDATE SET bucket_end = excluded.bucket_end, value = excluded.value, "
                           "fetched_at = excluded.fetched_at")));
    if (written && !rows.isEmpty()) {
        insert.addBindValue(rows.size());
        insert.addBindValue(rows.size());
        insert.addBindValue(id);
        const QVariantList binds = regular ? QVariantList{from, step, from, step, packed}
                                           : QVariantList{packed, packed, packed};
        for (const QVariant &v : binds)
            insert.addBindValue(v);
        insert.addBindValue(fetched);
        written = insert.exec();
    }
    if (!written) {
        const QString why = insert.lastError().databaseText();
        insert.finish();
        failWrite(why);
        return false;
    }
    insert.finish();
    q.prepare(QStringLiteral("INSERT INTO fetches (series_id, range_from, range_to, fetched_at) "
                             "VALUES (?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(seconds(askedFrom));
    q.addBindValue(seconds(askedTo));
    q.addBindValue(fetched);
    if (!q.exec())
        return fail();
    q.finish();
    if (!d.commit()) {
        failWrite(d.lastError().databaseText());
        return false;
    }
    return true;
}

} // namespace geobox
