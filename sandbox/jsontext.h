#pragma once

// Writes JSON text by hand so that object members keep the service's order (QJsonObject sorts
// them) and separators look like Python's json.dumps: ", " and ": ".

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QStringView>

namespace sandbox::json {

QByteArray string(QStringView text);
QByteArray number(qint64 value);
// A bare number with a fixed count of decimals, e.g. 23.458457.
QByteArray number(double value, int decimals);
QByteArray boolean(bool value);
QByteArray null();
// Items and member values are JSON text already.
QByteArray array(const QList<QByteArray> &items);
QByteArray object(const QList<QPair<QByteArray, QByteArray>> &members);

} // namespace sandbox::json
