#pragma once

// Reads and checks the parameters of one call the way the service (FastAPI) does, collecting
// every problem as an item of a 422 detail list instead of stopping at the first.

#include "bucketcalendar.h"
#include "httpanswer.h"
#include "queryparams.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sandbox {

// A from_date/to_date span, or days_before_now before now.
struct DateRange
{
    QDateTime from;
    QDateTime to;
};

class ParamReader final
{
public:
    explicit ParamReader(QueryParams query = {});

    // Present (possibly empty), else a "field required" issue.
    std::optional<QString> required(const QString &name);
    // Absent: nullopt without an issue; not an integer or below the minimum: an issue.
    std::optional<qint64> integer(const QString &name, qint64 minimum,
                                  bool strictlyGreater = false);
    // `yyyy-MM-ddTHH:mm:ss` or `yyyy-MM-ddTHH:mm:ss.ffffff` (six digits), a time on the
    // calendar's (the service zone's) clock.
    std::optional<QDateTime> date(const QString &name, const BucketCalendar &calendar);
    // One of the permitted values; absent or another value: an issue.
    std::optional<QString> enumeration(const QString &name, const QStringList &permitted);
    // from_date/to_date, else days_before_now (> 0) days before now on the zone's clock; an
    // issue when neither.
    std::optional<DateRange> range(const QDateTime &now, const BucketCalendar &calendar);

    void add(const QString &field, const QString &message, const QString &type,
             const QString &where = QStringLiteral("query"));
    bool hasIssues() const { return !m_issues.isEmpty(); }
    // 422 with every issue so far.
    HttpAnswer answer() const;

private:
    QueryParams m_query;
    QList<QByteArray> m_issues;
};

} // namespace sandbox
