#include "querybar.h"

#include "querybar/rangeselector.h"
#include "querybar/resourcepicker.h"
#include "querybar/scaleselector.h"
#include "theme.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace geobox {

QueryBar::QueryBar(QAction *refresh, std::function<QDate()> today, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("queryBar"));
    m_resources = new ResourcePicker(this);
    // A combo box's spoken name on Linux is its current entry; what it chooses is said by
    // its label (and Alt+U moves to it).
    auto *whose = new QLabel(tr("&Usage of:"), this);
    whose->setObjectName(QStringLiteral("resourceLabel"));
    whose->setBuddy(m_resources);
    m_scale = new ScaleSelector(this);
    m_range = new RangeSelector(std::move(today), this);
    m_refresh = new QToolButton(this);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_refresh->setDefaultAction(refresh);
    m_refresh->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_refresh->setFocusPolicy(Qt::StrongFocus);
    m_refresh->setAccessibleName(tr("Refresh"));

    // Left: whose usage and how fine; right: which days, and fetch again.
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    auto *resource = new QHBoxLayout;
    resource->setSpacing(6);
    resource->addWidget(whose);
    resource->addWidget(m_resources);
    layout->addLayout(resource);
    layout->setAlignment(resource, Qt::AlignTop);
    layout->addWidget(m_scale, 0, Qt::AlignTop);
    layout->addStretch(1);
    layout->addWidget(m_range, 0, Qt::AlignTop);
    layout->addWidget(m_refresh, 0, Qt::AlignTop);
    applyTheme();

    m_query.scale = m_scale->scale();
    m_query.range = m_range->range();
    connect(m_resources, &ResourcePicker::resourceChanged, this, [this](const Resource &r) {
        DashboardQuery next = m_query;
        next.resource = r;
        change(next);
    });
    connect(m_scale, &ScaleSelector::scaleChanged, this, [this](Scale scale) {
        if (m_scaleRule) // picked by hand
            m_scaleRule->scalePicked(scale);
        DashboardQuery next = m_query;
        next.scale = scale;
        change(next);
    });
    connect(m_range, &RangeSelector::rangeChanged, this,
            [this](const DateRange &range, RangePreset preset) {
                DashboardQuery next = m_query;
                next.range = range;
                // A preset may bring its scale: one query, not a range and then a scale.
                if (m_scaleRule) {
                    next.scale = m_scaleRule->presetChosen(preset, range, next.scale);
                    m_scale->setScale(next.scale);
                }
                change(next);
            });
}

void QueryBar::change(const DashboardQuery &next)
{
    if (next == m_query)
        return;
    m_query = next;
    Q_EMIT queryChanged(m_query);
}

RangePreset QueryBar::preset() const
{
    return m_range->preset();
}

void QueryBar::setScale(Scale scale)
{
    m_scale->setScale(scale);
    DashboardQuery next = m_query;
    next.scale = scale;
    change(next);
}

void QueryBar::setRange(RangePreset preset, const DateRange &custom)
{
    m_range->setSelection(preset, custom);
    DashboardQuery next = m_query;
    next.range = m_range->range();
    change(next);
}

void QueryBar::setFirstDayOfWeek(Qt::DayOfWeek day)
{
    DashboardQuery next = m_query;
    next.firstDayOfWeek = day;
    change(next);
}

void QueryBar::updateToday()
{
    m_range->updateToday();
    DashboardQuery next = m_query;
    next.range = m_range->range();
    change(next);
}

void QueryBar::setCalendar(const QCalendar &calendar)
{
    m_range->setCalendar(calendar);
    DashboardQuery next = m_query;
    next.range = m_range->range();
    change(next);
}

void QueryBar::setAccount(const User &me, const QList<ApiKey> &keys, const QString &preferred)
{
    m_resources->setAccount(me, keys);
    if (!preferred.isEmpty())
        m_resources->selectSettingsId(preferred);
    resourceListed();
}

void QueryBar::addOtherUser(const User &user)
{
    m_resources->addOtherUser(user); // selects it and signals resourceChanged
}

void QueryBar::clearAccount(const QString &placeholder)
{
    m_resources->clearAccount(placeholder);
    m_query.resource = Resource();
}

void QueryBar::resourceListed()
{
    DashboardQuery next = m_query;
    next.resource = m_resources->currentResource().value_or(Resource());
    change(next);
}

void QueryBar::showProblem(const QString &problem)
{
    m_range->showProblem(problem);
}

void QueryBar::applyTheme()
{
    // Every colour spelled out, from this bar's palette: a widget with a style sheet no
    // longer follows the palette by itself.
    const QPalette pal = palette();
    const QString style =
        QStringLiteral("QToolButton { border: 1px solid %1; border-radius: 5px;"
                       " background: %2; color: %3; padding: 4px 12px 4px 8px; }"
                       "QToolButton:hover { background: %4; }"
                       "QToolButton:focus { border: 2px solid %5; padding: 3px 11px 3px 7px; }"
                       "QToolButton:disabled { color: %6; }")
            .arg(Theme::css(pal.color(QPalette::Mid)), Theme::css(pal.color(QPalette::Button)),
                 Theme::css(pal.color(QPalette::ButtonText)),
                 Theme::css(
                     Theme::mix(pal.color(QPalette::Button), pal.color(QPalette::Highlight), 0.15)),
                 Theme::css(pal.color(QPalette::Highlight)),
                 Theme::css(pal.color(QPalette::Disabled, QPalette::ButtonText)));
    if (m_refresh->styleSheet() != style)
        m_refresh->setStyleSheet(style);
    // The range in words, in muted text that stays readable on a dark palette.
    if (auto *words = m_range->findChild<QLabel *>(QStringLiteral("rangeDescription")))
        Theme::setTextColor(words, Theme::mutedText(pal));
}

void QueryBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_refresh)
        applyTheme();
}

} // namespace geobox
