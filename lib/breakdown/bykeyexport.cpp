#include "bykeyexport.h"

#include <QBuffer>

namespace geobox {

namespace {

const MetricBreakdown *anyOf(const BreakdownResult &result)
{
    return result.calls ? &*result.calls : (result.traffic ? &*result.traffic : nullptr);
}

// Why the breakdown cannot be exported whole, or nullopt.
std::optional<ApiError> incomplete(const MetricBreakdown *m)
{
    if (!m)
        return std::nullopt;
    if (m->accountError)
        return m->accountError;
    for (const BreakdownPart &k : m->keys) {
        if (k.error)
            return k.error;
    }
    return std::nullopt;
}

std::optional<qint64> valueAt(const BreakdownPart &part, qsizetype i)
{
    if (i >= part.current.size())
        return std::nullopt;
    return part.current.at(i).value;
}

QByteArray number(const std::optional<qint64> &v, const char *none)
{
    return v ? QByteArray::number(*v) : QByteArray(none);
}

} // namespace

QString ByKeyRow::resource() const
{
    return keyId ? QStringLiteral("key:") + keyName : QStringLiteral("unattributed");
}

QByteArray byKeyCsvHeader()
{
    return QByteArrayLiteral(
        "bucket_start,bucket_end,scale,resource,key_id,key_name,calls,traffic_bytes,partial");
}

ByKeyRows byKeyRows(const BreakdownResult &result)
{
    ByKeyRows out;
    const MetricBreakdown *calls = result.of(Metric::Calls);
    const MetricBreakdown *traffic = result.of(Metric::Traffic);
    if (const auto why = incomplete(calls)) {
        out.error = why;
        return out;
    }
    if (const auto why = incomplete(traffic)) {
        out.error = why;
        return out;
    }
    const MetricBreakdown *shape = anyOf(result);
    if (!shape)
        return out;
    const QList<UsageBucket> &buckets = shape->account->current;
    for (qsizetype i = 0; i < buckets.size(); ++i) {
        const UsageBucket &b = buckets.at(i);
        for (qsizetype k = 0; k < shape->keys.size(); ++k) {
            ByKeyRow row;
            row.start = b.start;
            row.end = b.end;
            row.partial = b.partial();
            row.keyId = shape->keys.at(k).keyId;
            row.keyName = shape->keys.at(k).name;
            row.calls = calls ? valueAt(calls->keys.at(k), i) : std::nullopt;
            row.traffic = traffic ? valueAt(traffic->keys.at(k), i) : std::nullopt;
            out.rows.append(row);
        }
        ByKeyRow rest;
        rest.start = b.start;
        rest.end = b.end;
        rest.partial = b.partial();
        rest.calls = calls ? valueAt(*calls->unattributed, i) : std::nullopt;
        rest.traffic = traffic ? valueAt(*traffic->unattributed, i) : std::nullopt;
        if (rest.calls.value_or(0) != 0 || rest.traffic.value_or(0) != 0)
            out.rows.append(rest);
    }
    return out;
}

bool writeByKeyExport(QIODevice &device, Scale scale, const QList<ByKeyRow> &rows,
                      ExportFormat format)
{
    const QByteArray scaleText = scaleName(scale).toLatin1();
    QByteArray buffer;
    if (format == ExportFormat::Csv) {
        buffer.append(byKeyCsvHeader()).append("\r\n");
        for (const ByKeyRow &row : rows) {
            buffer.append(isoTimestamp(row.start).toLatin1()).append(',');
            buffer.append(isoTimestamp(row.end).toLatin1()).append(',');
            buffer.append(scaleText).append(',');
            buffer.append(csvTextCell(row.resource())).append(',');
            buffer.append(number(row.keyId, "")).append(',');
            buffer.append(row.keyId ? csvTextCell(row.keyName) : QByteArray()).append(',');
            buffer.append(number(row.calls, "")).append(',');
            buffer.append(number(row.traffic, "")).append(',');
            buffer.append(row.partial ? "true\r\n" : "false\r\n");
        }
    } else {
        buffer.append('[');
        bool first = true;
        for (const ByKeyRow &row : rows) {
            buffer.append(first ? "\n  {" : ",\n  {");
            first = false;
            buffer.append("\"bucket_start\": ").append(jsonString(isoTimestamp(row.start)));
            buffer.append(", \"bucket_end\": ").append(jsonString(isoTimestamp(row.end)));
            buffer.append(", \"scale\": \"").append(scaleText).append('"');
            buffer.append(", \"resource\": ").append(jsonString(row.resource()));
            buffer.append(", \"key_id\": ").append(number(row.keyId, "null"));
            buffer.append(", \"key_name\": ")
                .append(row.keyId ? jsonString(row.keyName) : QByteArrayLiteral("null"));
            buffer.append(", \"calls\": ").append(number(row.calls, "null"));
            buffer.append(", \"traffic_bytes\": ").append(number(row.traffic, "null"));
            buffer.append(row.partial ? ", \"partial\": true}" : ", \"partial\": false}");
        }
        buffer.append(first ? "]\n" : "\n]\n");
    }
    return device.write(buffer) == buffer.size();
}

QByteArray byKeyExportBytes(Scale scale, const QList<ByKeyRow> &rows, ExportFormat format)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    writeByKeyExport(buffer, scale, rows, format);
    return out;
}

} // namespace geobox
