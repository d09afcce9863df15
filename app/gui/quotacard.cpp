#include "quotacard.h"

#include "formatting.h"

#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace geobox {

namespace {

QString barStyle(const QString &color)
{
    return QStringLiteral("QProgressBar { border: none; border-radius: 3px;"
                          " background: rgba(127, 140, 160, 0.22); }"
                          "QProgressBar::chunk { border-radius: 3px; background: %1; }")
        .arg(color);
}

} // namespace

QuotaCard::QuotaCard(const QString &title, Unit unit, QWidget *parent)
    : QFrame(parent)
    , m_unit(unit)
{
    setProperty("card", true);
    setAccessibleName(title);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 9, 12, 9);
    layout->setSpacing(4);

    m_title = new QLabel(title, this);
    m_title->setProperty("role", QStringLiteral("cardTitle"));
    m_value = new QLabel(this);
    m_value->setProperty("role", QStringLiteral("cardValue"));
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bar = new QProgressBar(this);
    m_bar->setRange(0, 100);
    m_bar->setTextVisible(false);
    m_bar->setFixedHeight(6);
    m_bar->setAccessibleName(tr("%1 used").arg(title));
    m_note = new QLabel(this);
    m_note->setProperty("role", QStringLiteral("cardNote"));

    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addSpacing(2);
    layout->addWidget(m_bar);
    layout->addWidget(m_note);
    layout->addStretch(1);
    setQuota(std::nullopt);
}

QuotaCard::Level QuotaCard::levelOf(const Quota &quota)
{
    const std::optional<double> fraction = quota.fraction();
    if (!fraction)
        return Level::NoLimit;
    if (*fraction >= 1.0)
        return Level::Alarm;
    return *fraction >= 0.8 ? Level::Warning : Level::Normal;
}

QString QuotaCard::percentWords(const Quota &quota)
{
    const std::optional<double> fraction = quota.fraction();
    if (!fraction)
        return tr("no limit known");
    // Rounded down, so "100%" is only said once the limit is reached.
    const qint64 percent = static_cast<qint64>(std::floor(*fraction * 100.0));
    const QString number = tr("%1%").arg(QLocale().toString(percent));
    switch (levelOf(quota)) {
    case Level::Warning:
        return tr("%1 – near the limit").arg(number);
    case Level::Alarm:
        return tr("%1 – over the limit").arg(number);
    default:
        return number;
    }
}

QString QuotaCard::amount(qint64 value) const
{
    switch (m_unit) {
    case Unit::Bytes:
        return Formatting::bytes(value);
    case Unit::Seconds:
        return Formatting::duration(static_cast<double>(value));
    case Unit::Count:
        break;
    }
    return Formatting::count(value);
}

void QuotaCard::setQuota(const std::optional<Quota> &quota)
{
    if (!quota) {
        setText(tr("—"), QString());
        return;
    }
    const Level level = levelOf(*quota);
    if (level == Level::NoLimit)
        m_value->setText(amount(quota->used));
    else
        m_value->setText(tr("%1 / %2").arg(amount(quota->used), amount(quota->maximum)));
    m_note->setText(percentWords(*quota));
    m_bar->setVisible(level != Level::NoLimit);
    const double fraction = quota->fraction().value_or(0.0);
    m_bar->setValue(static_cast<int>(std::clamp(std::ceil(fraction * 100.0), 0.0, 100.0)));
    showLevel(level);
    setAccessibleDescription(tr("%1, %2").arg(m_value->text(), m_note->text()));
}

void QuotaCard::setText(const QString &value, const QString &note)
{
    m_value->setText(value);
    m_note->setText(note);
    m_bar->setVisible(false);
    showLevel(Level::NoLimit);
    setAccessibleDescription(note.isEmpty() ? value : tr("%1, %2").arg(value, note));
}

void QuotaCard::showLevel(Level level)
{
    m_level = level;
    QString color = QStringLiteral("#2f6fd0");
    QString noteColor;
    if (level == Level::Warning) {
        color = QStringLiteral("#d98a00");
        noteColor = QStringLiteral("#9a6200");
    } else if (level == Level::Alarm) {
        color = QStringLiteral("#d32f2f");
        noteColor = QStringLiteral("#b71c1c");
    }
    m_bar->setStyleSheet(barStyle(color));
    m_note->setStyleSheet(noteColor.isEmpty()
                              ? QString()
                              : QStringLiteral("color: %1; font-weight: 600").arg(noteColor));
}

QString QuotaCard::valueText() const
{
    return m_value->text();
}

QString QuotaCard::noteText() const
{
    return m_note->text();
}

} // namespace geobox
