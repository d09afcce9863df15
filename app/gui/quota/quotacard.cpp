#include "quotacard.h"

#include "formatting.h"
#include "theme.h"

#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QProgressBar>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace geobox {

namespace {

QString barStyle(const QColor &color)
{
    return QStringLiteral("QProgressBar { border: none; border-radius: 3px;"
                          " background: rgba(127, 140, 160, 0.22); }"
                          "QProgressBar::chunk { border-radius: 3px; background: %1; }")
        .arg(Theme::css(color));
}

Theme::Level themeLevel(QuotaCard::Level level)
{
    switch (level) {
    case QuotaCard::Level::Warning:
        return Theme::Level::Warning;
    case QuotaCard::Level::Alarm:
        return Theme::Level::Alarm;
    case QuotaCard::Level::NoLimit:
    case QuotaCard::Level::Normal:
        break;
    }
    return Theme::Level::Normal;
}

} // namespace

QuotaCard::QuotaCard(const QString &title, Unit unit, QWidget *parent)
    : QFrame(parent)
    , m_unit(unit)
{
    setAccessibleName(title);
    // Reached with Tab (not a click), so a screen reader can read the figures in turn.
    setFocusPolicy(Qt::TabFocus);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(13, 10, 13, 10);
    layout->setSpacing(4);

    m_title = new QLabel(title, this);
    m_value = new QLabel(this);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_value->font();
    big.setPointSizeF(13);
    big.setWeight(QFont::DemiBold);
    m_value->setFont(big);
    m_bar = new QProgressBar(this);
    m_bar->setRange(0, 100);
    m_bar->setTextVisible(false);
    m_bar->setFixedHeight(6);
    m_bar->setAccessibleName(tr("%1 used").arg(title));
    m_note = new QLabel(this);
    m_change = new QLabel(this);
    m_change->setObjectName(QStringLiteral("quotaChange"));
    m_change->setVisible(false);

    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addSpacing(2);
    layout->addWidget(m_bar);
    layout->addWidget(m_note);
    layout->addWidget(m_change);
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

QString QuotaCard::percentWords(const Quota &quota, Voice voice)
{
    const std::optional<double> fraction = quota.fraction();
    if (!fraction)
        return tr("no limit known");
    // Written as `summary` writes it ("<1%", ">99%": never "0%" for a sliver, never "100%"
    // short of the limit); spoken in words.
    QString number = Formatting::quotaPercent(quota);
    if (voice == Voice::Spoken) {
        const QLocale locale;
        const auto percentText = [&locale](qint64 percent) {
            //: The percentage of a quota used: %1 the number, %2 the locale's percent sign.
            return tr("%1%2").arg(locale.toString(percent), locale.percent());
        };
        if (quota.used > 0 && *fraction < 0.01)
            number = tr("less than %1").arg(percentText(1));
        else if (*fraction > 0.99 && *fraction < 1.0)
            number = tr("more than %1").arg(percentText(99));
    }
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
    // The same figures again (a refresh that changed nothing here): nothing to redo.
    if (m_shown && m_shown->used == quota->used && m_shown->maximum == quota->maximum)
        return;
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
    const QString spoken = percentWords(*quota, Voice::Spoken);
    describe(
        level == Level::NoLimit
            ? tr("%1 used, %2").arg(amount(quota->used), spoken)
            : tr("%1 of %2 used, %3").arg(amount(quota->used), amount(quota->maximum), spoken));
    m_shown = quota;
}

void QuotaCard::setText(const QString &value, const QString &note)
{
    m_shown.reset();
    m_value->setText(value);
    m_note->setText(note);
    m_bar->setVisible(false);
    showLevel(Level::NoLimit);
    describe(note.isEmpty() ? value : tr("%1, %2").arg(value, note));
}

void QuotaCard::setChange(const QString &change)
{
    m_change->setText(change);
    m_change->setVisible(!change.isEmpty());
    describe(m_figures);
}

QString QuotaCard::changeText() const
{
    return m_change->text();
}

void QuotaCard::describe(const QString &figures)
{
    m_figures = figures;
    const QString change = m_change->text();
    //: A quota card for a screen reader: %1 its figures, %2 the change ("+12% vs November").
    const QString description = change.isEmpty() ? figures : tr("%1; %2").arg(figures, change);
    if (accessibleDescription() != description)
        setAccessibleDescription(description);
}

void QuotaCard::showLevel(Level level)
{
    // The colours change with the level only (and with the palette: changeEvent).
    if (m_themed && level == m_level)
        return;
    m_level = level;
    applyTheme();
}

void QuotaCard::applyTheme()
{
    m_themed = true;
    const QPalette pal = palette();
    const Theme::Level tone = themeLevel(m_level);
    const QString bar = barStyle(Theme::levelFill(tone, pal));
    if (m_bar->styleSheet() != bar)
        m_bar->setStyleSheet(bar);
    Theme::setTextColor(m_title, Theme::mutedText(pal));
    Theme::setTextColor(m_change, Theme::mutedText(pal));
    // Near or over the limit: the note says so in words, in bold, and in colour.
    Theme::setTextColor(m_note, tone == Theme::Level::Normal ? Theme::mutedText(pal)
                                                             : Theme::levelText(tone, pal));
    if (m_note->font().bold() != (tone != Theme::Level::Normal)) {
        QFont font = m_note->font();
        font.setBold(tone != Theme::Level::Normal);
        m_note->setFont(font);
    }
    update();
}

void QuotaCard::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event);
    // A card on the base colour; with the keyboard focus, a frame in the highlight colour.
    QPainter painter(this);
    const QPalette pal = palette();
    const bool focused = hasFocus();
    Theme::paintPanel(painter, QRectF(rect()).adjusted(1, 1, -1, -1), pal.color(QPalette::Base),
                      focused ? pal.color(QPalette::Highlight) : Theme::frame(pal),
                      focused ? 2.0 : 1.0, 8);
}

void QuotaCard::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_bar)
        applyTheme();
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
