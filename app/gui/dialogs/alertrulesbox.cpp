#include "alertrulesbox.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>

#include <algorithm>

namespace geobox {

AlertRulesBox::AlertRulesBox(const AlertRules &rules, QWidget *parent)
    : QGroupBox(tr("Alerts"), parent)
    , m_base(rules)
    , m_thresholds(new QLineEdit(this))
    , m_forecast(new QCheckBox(tr("When it crosses a monthly quota"), this))
    , m_spikes(new QCheckBox(tr("On a spike in calls"), this))
{
    setObjectName(QStringLiteral("alertRulesBox"));
    QStringList shares;
    for (const int t : rules.thresholds)
        shares.append(QString::number(t));
    m_thresholds->setObjectName(QStringLiteral("alertThresholds"));
    m_thresholds->setAccessibleName(tr("Alert thresholds"));
    m_thresholds->setText(shares.join(QStringLiteral(", ")));
    m_thresholds->setToolTip(tr("Shares of a quota, in percent, that send an alert once per day "
                                "or month, e.g. 80, 100; empty: none"));
    m_forecast->setObjectName(QStringLiteral("alertForecast"));
    m_forecast->setChecked(rules.forecastExceeds);
    m_spikes->setObjectName(QStringLiteral("alertSpikes"));
    m_spikes->setChecked(rules.spikes);
    m_spikes->setToolTip(tr("An hour far above the same hour of the week in the past four weeks"));
    m_forecast->setAccessibleName(tr("Alert on the forecast"));
    m_spikes->setAccessibleName(tr("Alert on spikes"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("Alert at (% of a &quota):"), m_thresholds);
    form->addRow(tr("&Forecast:"), m_forecast);
    form->addRow(tr("Spi&kes:"), m_spikes);
}

std::optional<QList<int>> AlertRulesBox::parseThresholds(const QString &text)
{
    QList<int> out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        QString word = part.trimmed();
        if (word.endsWith(QLatin1Char('%')))
            word.chop(1);
        bool ok = false;
        const int value = word.trimmed().toInt(&ok);
        if (!ok || value < 1 || value > 1000 || out.contains(value))
            return std::nullopt;
        out.append(value);
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::optional<AlertRules> AlertRulesBox::rules() const
{
    const std::optional<QList<int>> thresholds = parseThresholds(m_thresholds->text());
    if (!thresholds)
        return std::nullopt;
    AlertRules rules = m_base;
    rules.thresholds = *thresholds;
    rules.forecastExceeds = m_forecast->isChecked();
    rules.spikes = m_spikes->isChecked();
    return rules;
}

QString AlertRulesBox::problem() const
{
    if (rules())
        return {};
    //: %1 what was typed.
    return tr("Alert at: \"%1\" is not a list of whole percentages from 1 to 1000, e.g. 80, 100.")
        .arg(m_thresholds->text().trimmed());
}

} // namespace geobox
