#include "forecastpanel.h"

#include "chart/forecastchart.h"
#include "forecasttext.h"
#include "theme.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace geobox {

namespace {

QLabel *wordsLabel(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ForecastPanel::ForecastPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("forecastPanel"));
    setAccessibleName(tr("Forecast for this month"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_status = wordsLabel(this, "forecastStatus");
    layout->addWidget(m_status);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    m_calls = wordsLabel(this, "forecastCallsText");
    m_traffic = wordsLabel(this, "forecastTrafficText");
    m_callsChart = new ForecastChart(Metric::Calls, this);
    m_trafficChart = new ForecastChart(Metric::Traffic, this);
    auto *callsTitle = new QLabel(tr("Calls this month"), this);
    auto *trafficTitle = new QLabel(tr("Traffic this month"), this);
    for (QLabel *title : {callsTitle, trafficTitle}) {
        QFont bold = title->font();
        bold.setWeight(QFont::DemiBold);
        title->setFont(bold);
    }
    grid->addWidget(callsTitle, 0, 0);
    grid->addWidget(m_calls, 1, 0);
    grid->addWidget(m_callsChart, 2, 0);
    grid->addWidget(trafficTitle, 0, 1);
    grid->addWidget(m_traffic, 1, 1);
    grid->addWidget(m_trafficChart, 2, 1);
    grid->setRowStretch(2, 1);
    layout->addLayout(grid, 1);
    m_process = wordsLabel(this, "forecastProcessText");
    layout->addWidget(m_process);
    applyTheme();
    clear();
}

void ForecastPanel::setLoading()
{
    m_status->setText(tr("Reading the past weeks for the forecast…"));
    m_status->setVisible(true);
}

void ForecastPanel::setForecasts(const UsageSummary &summary, const QuotaForecasts &forecasts,
                                 const std::optional<ForecastCurve> &calls,
                                 const std::optional<ForecastCurve> &traffic,
                                 const QDateTime &monthEnd)
{
    m_status->setVisible(false);
    const auto words = [&monthEnd](const std::optional<Forecast> &f, ForecastText::Unit unit,
                                   qint64 quota, const QString &none) {
        return f ? ForecastText::sentence(*f, unit, quota, true, monthEnd) : none;
    };
    m_calls->setText(words(forecasts.monthlyCalls, ForecastText::Unit::Calls,
                           summary.maxMonthlyApiCalls,
                           tr("No forecast of calls: none so far this month.")));
    m_traffic->setText(words(forecasts.monthlyTraffic, ForecastText::Unit::Bytes,
                             summary.maxMonthlyTraffic,
                             tr("No forecast of traffic: none so far this month.")));
    //: Processing's forecast; %1 the sentence (it says it is the run rate).
    m_process->setText(forecasts.monthlyProcess
                           ? tr("Processing: %1")
                                 .arg(ForecastText::sentence(
                                     *forecasts.monthlyProcess, ForecastText::Unit::Seconds,
                                     summary.maxMonthlyProcess, true, monthEnd))
                           : tr("Processing: no forecast, none so far this month."));
    m_callsChart->setCurve(forecasts.monthlyCalls ? calls : std::nullopt);
    m_trafficChart->setCurve(forecasts.monthlyTraffic ? traffic : std::nullopt);
    m_callsChart->setSpoken(callsName(), m_calls->text());
    m_trafficChart->setSpoken(trafficName(), m_traffic->text());
    setAccessibleDescription(
        QStringList{m_calls->text(), m_traffic->text(), m_process->text()}.join(QLatin1Char(' ')));
}

void ForecastPanel::setProblem(const QString &text)
{
    clear();
    m_status->setText(text);
    m_status->setVisible(true);
}

void ForecastPanel::clear()
{
    m_status->setVisible(false);
    for (QLabel *label : {m_calls, m_traffic, m_process})
        label->setText(tr("—"));
    m_callsChart->setCurve(std::nullopt);
    m_trafficChart->setCurve(std::nullopt);
    m_callsChart->setSpoken(callsName(), tr("No forecast yet"));
    m_trafficChart->setSpoken(trafficName(), tr("No forecast yet"));
    setAccessibleDescription(tr("No forecast yet"));
}

QString ForecastPanel::callsName()
{
    return tr("Calls this month: the month so far and the forecast");
}

QString ForecastPanel::trafficName()
{
    return tr("Traffic this month: the month so far and the forecast");
}

QString ForecastPanel::callsText() const
{
    return m_calls->text();
}

QString ForecastPanel::trafficText() const
{
    return m_traffic->text();
}

QString ForecastPanel::processText() const
{
    return m_process->text();
}

QString ForecastPanel::statusText() const
{
    return m_status->isVisible() ? m_status->text() : QString();
}

void ForecastPanel::applyTheme()
{
    Theme::setTextColor(m_status, Theme::mutedText(palette()));
    Theme::setTextColor(m_process, Theme::mutedText(palette()));
}

void ForecastPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_status)
        applyTheme();
}

} // namespace geobox
