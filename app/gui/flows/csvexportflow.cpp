#include "csvexportflow.h"

#include "displaycalendar.h"
#include "formatting.h"
#include "querymismatch.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>

namespace geobox {

QString CsvExportFlow::defaultFileName(const DashboardSnapshot &snapshot)
{
    const DateRange &range = snapshot.query.range;
    return QStringLiteral("geobox-usage-%1-%2-%3.csv")
        .arg(scaleName(snapshot.query.scale), range.first.toString(Qt::ISODate),
             range.last.toString(Qt::ISODate));
}

ExportCalendar CsvExportFlow::exportCalendar()
{
    return DisplayCalendar::isJalali(DisplayCalendar::current()) ? ExportCalendar::Jalali
                                                                 : ExportCalendar::Gregorian;
}

std::optional<QString> CsvExportFlow::run(QWidget *parent, const DashboardState &state)
{
    const QString title = tr("Export CSV");
    const std::optional<DashboardSnapshot> snapshot = state.snapshot();
    if (!snapshot) {
        QMessageBox::information(parent, title, tr("There is no data to export yet."));
        return std::nullopt;
    }
    QString caption = title;
    if (state.isStale()) {
        const QString when = Formatting::clockTime(snapshot->fetchedAt);
        // Never export data for another choice than the one on screen without saying so.
        if (const QueryAspects differs = state.shownDiffers(); differs != QueryAspects()) {
            const auto answer = QMessageBox::warning(
                parent, title,
                tr("The data on screen was fetched at %1 and does not match the current "
                   "choice: it is %2. Export that data anyway?")
                    .arg(when, QueryMismatch::describe(snapshot->query, state.query(), differs)),
                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
            if (answer != QMessageBox::Yes)
                return std::nullopt;
        }
        caption = tr("Export CSV – stale data from %1").arg(when);
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(
        parent, caption, QDir(dir).filePath(defaultFileName(*snapshot)), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return std::nullopt;
    if (!path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive))
        path += QStringLiteral(".csv");
    if (const std::optional<QString> error =
            saveExport(path, *snapshot, ExportFormat::Csv, exportCalendar())) {
        QMessageBox::warning(
            parent, title,
            tr("Could not export to %1: %2").arg(QDir::toNativeSeparators(path), *error));
        return std::nullopt;
    }
    return tr("Exported %1 rows to %2")
        .arg(Formatting::count(snapshot->rows.size()), QDir::toNativeSeparators(path));
}

} // namespace geobox
