#pragma once
// DashboardSettings: what the window remembers between runs (geometry, whose
// usage by its secret-free settings id, the scale, the range preset and a
// custom range, chart or table), in QSettings. Never a key's secret.

#include "daterange.h"
#include "usagetypes.h"

#include <QByteArray>
#include <QString>

namespace geobox {

class DashboardSettings final
{
public:
    QString resourceId = QStringLiteral("account"); // Resource::settingsId()
    Scale scale = Scale::Day;
    RangePreset preset = RangePreset::Last30Days;
    DateRange customRange; // only for RangePreset::Custom
    bool showTable = false;

    static DashboardSettings load();
    void save() const;

    static QByteArray windowGeometry();
    static QByteArray windowState();
    static void saveWindow(const QByteArray &geometry, const QByteArray &state);
};

} // namespace geobox
