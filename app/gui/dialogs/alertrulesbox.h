#pragma once
// AlertRulesBox: Settings' "Alerts" group: the shares of a quota that alert ("80, 100"), and
// whether a forecast crossing a quota and a spike alert too. Shows AlertRules and gives them
// back; a list that is not whole percentages is a problem said before OK.

#include "insights/alertrules.h"

#include <QGroupBox>

#include <optional>

class QCheckBox;
class QLineEdit;

namespace geobox {

class AlertRulesBox final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertRulesBox)

public:
    explicit AlertRulesBox(const AlertRules &rules, QWidget *parent = nullptr);

    // nullopt when the thresholds cannot be read (problem() says why).
    std::optional<AlertRules> rules() const;
    QString problem() const;
    QLineEdit *thresholdsEdit() const { return m_thresholds; }

    // "80, 100" -> {80, 100}: whole percentages from 1 to 1000, any order, no repeats; nullopt
    // for anything else.
    static std::optional<QList<int>> parseThresholds(const QString &text);

private:
    AlertRules m_base;
    QLineEdit *m_thresholds;
    QCheckBox *m_forecast;
    QCheckBox *m_spikes;
};

} // namespace geobox
