#include "statusline.h"

#include "formatting.h"
#include "theme.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTimer>
#include <QToolButton>

namespace geobox {

StatusLine::StatusLine(std::function<QDateTime()> clock, QAction *exportAction, bool demo,
                       QWidget *parent)
    : QWidget(parent)
    , m_clock(std::move(clock))
{
    setObjectName(QStringLiteral("statusLine"));
    setAccessibleName(tr("Status"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->setSpacing(10);

    if (demo) {
        m_badge = new QLabel(tr("Demo"), this);
        m_badge->setObjectName(QStringLiteral("demoBadge"));
        m_badge->setToolTip(tr("Made-up numbers from the built-in stand-in server"));
        m_badge->setAccessibleDescription(m_badge->toolTip());
        layout->addWidget(m_badge);
        applyTheme();
    }
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("updatedLabel"));
    layout->addWidget(m_text);

    // A message takes the room between the time and the button, and gives it back.
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("statusMessage"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long path is cut, not widened into the rest of the bar.
    m_message->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_message->setMinimumWidth(0);
    m_message->hide();
    layout->addWidget(m_message, 1);
    m_messageTimer = new QTimer(this);
    m_messageTimer->setSingleShot(true);
    connect(m_messageTimer, &QTimer::timeout, this, &StatusLine::clearMessage);

    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setAccessibleName(tr("Loading"));
    m_busy->setRange(0, 0); // indeterminate
    m_busy->setTextVisible(false);
    m_busy->setFixedSize(120, 10);
    m_busy->hide();
    layout->addStretch(0);
    layout->addWidget(m_busy);

    // Not the action's own button: that would take the action's text, without the shortcut.
    auto *exportButton = new QToolButton(this);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setAutoRaise(true);
    exportButton->setText(
        tr("Export CSV (%1)").arg(exportAction->shortcut().toString(QKeySequence::NativeText)));
    exportButton->setAccessibleName(tr("Export CSV"));
    exportButton->setEnabled(exportAction->isEnabled());
    connect(exportButton, &QToolButton::clicked, exportAction, &QAction::trigger);
    connect(exportAction, &QAction::enabledChanged, exportButton, &QWidget::setEnabled);
    layout->addWidget(exportButton);

    m_tick = new QTimer(this);
    m_tick->setInterval(30'000);
    connect(m_tick, &QTimer::timeout, this, &StatusLine::refreshText);
    m_tick->start();
    refreshText();
}

void StatusLine::applyTheme()
{
    if (!m_badge)
        return;
    const Theme::ToneColors colors = Theme::tone(Theme::Tone::Notice, palette());
    const QString style =
        QStringLiteral("background: %1; color: %2; border: 1px solid %3;"
                       " border-radius: 4px; padding: 1px 8px; font-weight: 600")
            .arg(Theme::css(colors.background), Theme::css(colors.text), Theme::css(colors.border));
    if (m_badge->styleSheet() != style)
        m_badge->setStyleSheet(style);
}

void StatusLine::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}

void StatusLine::setUpdated(const QDateTime &fetchedAt)
{
    m_fetchedAt = fetchedAt;
    refreshText();
}

void StatusLine::setHistory(const QDateTime &historyAt, bool offline)
{
    m_historyAt = historyAt;
    m_offline = offline;
    refreshText();
}

void StatusLine::setStale(bool stale, const QString &why)
{
    m_stale = stale;
    m_staleWhy = stale ? why : QString();
    refreshText();
}

void StatusLine::setLoading(bool loading)
{
    m_busy->setVisible(loading);
    refreshText();
}

void StatusLine::showMessage(const QString &message, std::chrono::milliseconds timeout)
{
    m_message->setText(message);
    m_message->setToolTip(message); // whole, when the bar cuts it
    m_message->setAccessibleName(message);
    m_message->setVisible(!message.isEmpty());
    m_messageTimer->start(timeout);
}

void StatusLine::clearMessage()
{
    m_messageTimer->stop();
    m_message->clear();
    m_message->setToolTip(QString());
    m_message->setAccessibleName(QString());
    m_message->hide();
}

QString StatusLine::message() const
{
    return m_message->text();
}

QString StatusLine::text() const
{
    return m_text->text();
}

bool StatusLine::isBusy() const
{
    return !m_busy->isHidden();
}

void StatusLine::refreshText()
{
    QString text;
    if (m_historyAt.isValid() && m_offline) {
        // Never claimed to be fresh: the history, and when the store last had an answer.
        const QString when =
            QLocale().toString(m_historyAt.toLocalTime(), QStringLiteral("d MMM HH:mm"));
        //: %1 a day and time, "1 Dec 14:05".
        text = tr("Offline: history as of %1").arg(when);
    } else if (m_historyAt.isValid()) {
        text = tr("From history, updated %1").arg(Formatting::clockTime(m_historyAt));
    } else if (m_fetchedAt.isValid()) {
        const qint64 seconds = std::max<qint64>(0, m_fetchedAt.secsTo(m_clock()));
        text =
            tr("Updated %1 (%2)").arg(Formatting::clockTime(m_fetchedAt), Formatting::ago(seconds));
        // Parts are joined by a comma, as the range in words is (a middle dot would read
        // as a Persian zero beside the digits).
        if (m_stale && !m_staleWhy.isEmpty())
            text = tr("%1, stale: shown %2").arg(text, m_staleWhy);
        else if (m_stale)
            text = tr("%1, stale").arg(text);
    } else if (!m_busy->isHidden()) {
        text = tr("Loading…");
    }
    m_text->setText(text);
}

} // namespace geobox
