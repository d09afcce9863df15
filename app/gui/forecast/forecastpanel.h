#pragma once
// ForecastPanel: the Forecast view: this month's calls and traffic, each a ForecastChart with
// the forecast in words above it ("At this rate: 2.9 M of 3 M calls by 31 Dec (2.6 – 3.2 M)"),
// and processing in words alone (the run rate, said so: it has no series). A figure not known
// is said to be unknown, never drawn or written as a zero. A screen reader hears the words as
// each chart's description.

#include "insights/forecastcurve.h"
#include "insights/quotaforecasts.h"
#include "usagetypes.h"

#include <QWidget>

#include <optional>

class QLabel;

namespace geobox {

class ForecastChart;

class ForecastPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ForecastPanel)

public:
    explicit ForecastPanel(QWidget *parent = nullptr);

    // Reading the past weeks (the figures shown stay until the answer).
    void setLoading();
    // The month's figures; a curve nullopt where its forecast is.
    void setForecasts(const UsageSummary &summary, const QuotaForecasts &forecasts,
                      const std::optional<ForecastCurve> &calls,
                      const std::optional<ForecastCurve> &traffic, const QDateTime &monthEnd);
    // No forecast could be made: why, and nothing drawn.
    void setProblem(const QString &text);
    void clear();

    ForecastChart *callsChart() const { return m_callsChart; }
    ForecastChart *trafficChart() const { return m_trafficChart; }
    QString callsText() const;
    QString trafficText() const;
    QString processText() const;
    QString statusText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();
    static QString callsName();
    static QString trafficName();

    QLabel *m_status = nullptr;
    QLabel *m_calls = nullptr;
    QLabel *m_traffic = nullptr;
    QLabel *m_process = nullptr;
    ForecastChart *m_callsChart = nullptr;
    ForecastChart *m_trafficChart = nullptr;
};

} // namespace geobox
