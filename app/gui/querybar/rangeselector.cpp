#include "rangeselector.h"

#include "displaycalendar.h"
#include "querybar/dayedit.h"
#include "theme.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QTimer>

namespace geobox {

namespace {
constexpr RangePreset presets[] = {RangePreset::Today,      RangePreset::Last7Days,
                                   RangePreset::Last30Days, RangePreset::ThisMonth,
                                   RangePreset::LastMonth,  RangePreset::Last12Months,
                                   RangePreset::ThisYear,   RangePreset::Custom};
}

RangeSelector::RangeSelector(std::function<QDate()> today, QWidget *parent)
    : QWidget(parent)
    , m_today(std::move(today))
    , m_calendar(DisplayCalendar::current())
{
    setObjectName(QStringLiteral("rangeSelector"));
    m_presetBox = new QComboBox(this);
    m_presetBox->setObjectName(QStringLiteral("rangePreset"));
    m_presetBox->setAccessibleName(tr("Date range"));
    for (RangePreset preset : presets)
        m_presetBox->addItem(presetLabel(preset), static_cast<int>(preset));
    // On Linux a combo box's spoken name is its current entry ("Last 30 days"); its label
    // says what it chooses (and Alt+P moves to it).
    auto *label = new QLabel(tr("&Period:"), this);
    label->setObjectName(QStringLiteral("rangePresetLabel"));
    label->setBuddy(m_presetBox);

    const auto makeEdit = [this](const QString &name, const QString &accessible) {
        auto *edit = new DayEdit(this);
        edit->setObjectName(name);
        edit->setAccessibleName(accessible);
        edit->setMinimumDate(earliestDay());
        return edit;
    };
    m_from = makeEdit(QStringLiteral("fromDate"), tr("From"));
    m_to = makeEdit(QStringLiteral("toDate"), tr("To"));
    auto *dash = new QLabel(tr("–"), this);
    m_description = new QLabel(this);
    m_description->setObjectName(QStringLiteral("rangeDescription"));
    // Its text, the range in words or a refusal, never widens the row: the pickers above
    // set the width, so nothing beside them moves when a message appears.
    m_description->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_description->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QPalette muted = m_description->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_description->setPalette(muted);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(3);
    grid->addWidget(label, 0, 0);
    grid->addWidget(m_presetBox, 0, 1);
    grid->addWidget(m_from, 0, 2);
    grid->addWidget(dash, 0, 3);
    grid->addWidget(m_to, 0, 4);
    grid->addWidget(m_description, 1, 1, 1, 4);

    connect(m_presetBox, &QComboBox::activated, this, &RangeSelector::presetPicked);
    // Typing a date changes it digit by digit: fetch once the typing pauses.
    m_settle = new QTimer(this);
    m_settle->setSingleShot(true);
    m_settle->setInterval(350);
    connect(m_settle, &QTimer::timeout, this, &RangeSelector::emitRange);
    connect(m_from, &QDateEdit::dateChanged, this, &RangeSelector::datesEdited);
    connect(m_to, &QDateEdit::dateChanged, this, &RangeSelector::datesEdited);
    limitToToday();
    setCalendar(m_calendar);
    setSelection(RangePreset::Last30Days);
}

bool RangeSelector::setCalendar(const QCalendar &calendar)
{
    m_calendar = calendar;
    // Jalali months spelled out: some locales (C) shorten them to three letters ("Aza").
    const QString format = DisplayCalendar::isJalali(calendar) ? QStringLiteral("d MMMM yyyy")
                                                               : QStringLiteral("d MMM yyyy");
    for (DayEdit *edit : {m_from, m_to}) {
        const QSignalBlocker block(edit); // the same day, only written differently
        edit->setCalendar(calendar);      // and its pop-up's, if made
        edit->setDisplayFormat(format);
    }
    // "This month" is the calendar's month.
    const bool moved = updateToday();
    describe();
    return moved;
}

DateRange RangeSelector::range() const
{
    return {m_from->date(), m_to->date()};
}

void RangeSelector::setSelection(RangePreset preset, const DateRange &custom)
{
    m_preset = preset;
    const QSignalBlocker blockBox(m_presetBox);
    m_presetBox->setCurrentIndex(m_presetBox->findData(static_cast<int>(preset)));
    if (preset == RangePreset::Custom) {
        if (custom.first.isValid() && custom.last.isValid())
            showRange(custom);
    } else {
        showRange(presetRange(preset, m_today(), m_calendar));
    }
    m_problem.clear();
    describe();
}

bool RangeSelector::updateToday()
{
    limitToToday();
    if (m_preset == RangePreset::Custom)
        return false;
    const DateRange now = presetRange(m_preset, m_today(), m_calendar);
    if (now == range())
        return false;
    showRange(now);
    describe();
    return true;
}

void RangeSelector::showProblem(const QString &problem)
{
    m_problem = problem;
    describe();
}

void RangeSelector::presetPicked()
{
    const auto preset = static_cast<RangePreset>(m_presetBox->currentData().toInt());
    if (preset == m_preset && preset == RangePreset::Custom)
        return;
    m_preset = preset;
    // Custom keeps the days on screen, to be edited.
    if (preset != RangePreset::Custom)
        showRange(presetRange(preset, m_today(), m_calendar));
    m_settle->stop();
    emitRange();
}

void RangeSelector::datesEdited()
{
    // A day typed or picked by hand makes the range custom.
    m_preset = RangePreset::Custom;
    {
        const QSignalBlocker block(m_presetBox);
        m_presetBox->setCurrentIndex(m_presetBox->findData(static_cast<int>(m_preset)));
    }
    describe();
    m_settle->start();
}

void RangeSelector::emitRange()
{
    describe();
    Q_EMIT rangeChanged(range(), m_preset);
}

void RangeSelector::limitToToday()
{
    const QDate today = m_today();
    for (DayEdit *edit : {m_from, m_to}) {
        const QSignalBlocker block(edit);
        edit->setLastDay(today);
    }
}

void RangeSelector::showRange(const DateRange &range)
{
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDate(range.first);
    m_to->setDate(range.last);
}

void RangeSelector::describe()
{
    if (!m_problem.isEmpty()) {
        m_description->setText(tr("⚠ %1").arg(m_problem));
        m_description->setStyleSheet(
            QStringLiteral("color: %1; font-weight: 600")
                .arg(Theme::css(Theme::levelText(Theme::Level::Alarm, palette()))));
        m_description->setAccessibleName(m_problem);
        return;
    }
    m_description->setStyleSheet(QString());
    m_description->setText(describeRange(range(), QLocale(), m_calendar));
    m_description->setAccessibleName(m_description->text());
}

} // namespace geobox
