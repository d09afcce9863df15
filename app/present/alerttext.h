#pragma once
// AlertText: what a notification says for an alert of lib's AlertEvaluator, the same from the
// window and from `collect --notify`: a title ("Monthly calls at 85%") and a line of detail.

#include "insights/alertrules.h"
#include "usagetypes.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace geobox {

class AlertText final
{
    Q_DECLARE_TR_FUNCTIONS(AlertText)

public:
    AlertText() = delete;

    // "monthly calls", "daily traffic", ... for a quota's key ("monthly_api_calls").
    static QString quotaName(const QString &quotaKey);
    static QString title(const Alert &alert, const QLocale &locale = QLocale());
    // The figures: "2.55 M of 3 M calls this month"; for a forecast its sentence; for a spike
    // "6.2 times the usual for this hour of the week (1,840 calls)".
    static QString body(const Alert &alert, const UsageSummary &summary,
                        const QLocale &locale = QLocale());
};

} // namespace geobox
