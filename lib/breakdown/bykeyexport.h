#pragma once
// `export --by key`: one row per bucket per listed key (revoked keys and keys without usage
// included), then one row for the usage from no listed key where there is any; the rows of
// a bucket add up to the account's. CSV and JSON with the same fields.

#include "breakdownjob.h"
#include "usageexport.h"

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QString>

#include <optional>

namespace geobox {

struct ByKeyRow
{
    QDateTime start;
    QDateTime end;
    std::optional<qint64> keyId; // nullopt: the usage from no listed key
    QString keyName;
    std::optional<qint64> calls;   // nullopt: not asked
    std::optional<qint64> traffic; // nullopt: not asked
    bool partial = false;

    // "key:<name>", or "unattributed".
    QString resource() const;
};

// bucket_start,bucket_end,scale,resource,key_id,key_name,calls,traffic_bytes,partial
QByteArray byKeyCsvHeader();

// The rows of a complete breakdown, by bucket, then key id, the unattributed row last. Why
// not, when a key or the account is not loaded (nothing is then exported).
struct ByKeyRows
{
    QList<ByKeyRow> rows;
    std::optional<ApiError> error;
};
ByKeyRows byKeyRows(const BreakdownResult &result);

bool writeByKeyExport(QIODevice &device, Scale scale, const QList<ByKeyRow> &rows,
                      ExportFormat format);
QByteArray byKeyExportBytes(Scale scale, const QList<ByKeyRow> &rows, ExportFormat format);

} // namespace geobox
