#include "dashboardsettings.h"

#include <QSettings>

namespace geobox {

namespace {
const QString resourceKey = QStringLiteral("dashboard/resource");
const QString scaleKey = QStringLiteral("dashboard/scale");
const QString presetKey = QStringLiteral("dashboard/preset");
const QString fromKey = QStringLiteral("dashboard/from");
const QString toKey = QStringLiteral("dashboard/to");
const QString viewKey = QStringLiteral("dashboard/view");
const QString geometryKey = QStringLiteral("window/geometry");
const QString stateKey = QStringLiteral("window/state");
} // namespace

DashboardSettings DashboardSettings::load()
{
    const QSettings settings;
    DashboardSettings out;
    out.resourceId = settings.value(resourceKey, out.resourceId).toString();
    out.scale = scaleFromName(settings.value(scaleKey).toString()).value_or(out.scale);
    out.preset = presetFromId(settings.value(presetKey).toString()).value_or(out.preset);
    out.customRange = {QDate::fromString(settings.value(fromKey).toString(), Qt::ISODate),
                       QDate::fromString(settings.value(toKey).toString(), Qt::ISODate)};
    out.showTable = settings.value(viewKey).toString() == QLatin1String("table");
    return out;
}

void DashboardSettings::save() const
{
    QSettings settings;
    settings.setValue(resourceKey, resourceId);
    settings.setValue(scaleKey, scaleName(scale));
    settings.setValue(presetKey, presetId(preset));
    if (preset == RangePreset::Custom && customRange.isValid()) {
        settings.setValue(fromKey, customRange.first.toString(Qt::ISODate));
        settings.setValue(toKey, customRange.last.toString(Qt::ISODate));
    }
    settings.setValue(viewKey, showTable ? QStringLiteral("table") : QStringLiteral("chart"));
}

QByteArray DashboardSettings::windowGeometry()
{
    return QSettings().value(geometryKey).toByteArray();
}

QByteArray DashboardSettings::windowState()
{
    return QSettings().value(stateKey).toByteArray();
}

void DashboardSettings::saveWindow(const QByteArray &geometry, const QByteArray &state)
{
    QSettings settings;
    settings.setValue(geometryKey, geometry);
    settings.setValue(stateKey, state);
}

} // namespace geobox
