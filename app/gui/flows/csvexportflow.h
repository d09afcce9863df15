#pragma once
// CsvExportFlow: File › Export CSV as the user meets it: where to save (with a
// name from the range), a clear word when the data on screen is stale or for
// another choice than the one now on screen, and any failure in a message box.
// Under the Jalali display calendar the file also has bucket_start_jalali.

#include "dashboardstate.h"
#include "usageexport.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class QWidget;

namespace geobox {

class CsvExportFlow final
{
    Q_DECLARE_TR_FUNCTIONS(CsvExportFlow)

public:
    CsvExportFlow() = delete;

    // What the status bar should say after a successful export; nullopt when nothing
    // was written (cancelled, nothing to export, or a failure already shown).
    static std::optional<QString> run(QWidget *parent, const DashboardState &state);
    // "geobox-usage-day-2026-10-22-2026-11-20.csv" (Gregorian ISO days, always).
    static QString defaultFileName(const DashboardSnapshot &snapshot);
    // Jalali when the window shows Jalali dates: the file then says them too.
    static ExportCalendar exportCalendar();
};

} // namespace geobox
