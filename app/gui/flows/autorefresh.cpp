#include "autorefresh.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace geobox {

AutoRefresh::AutoRefresh(QWidget *window)
    : QObject(window)
    , m_timer(new QTimer(this))
    , m_window(window)
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &AutoRefresh::fire);
    window->installEventFilter(this);
    m_shown = window->isVisible() && !window->isMinimized();
}

bool AutoRefresh::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window) {
        switch (event->type()) {
        case QEvent::Show:
        case QEvent::Hide:
        case QEvent::WindowStateChange:
            // A minimised window may stay "visible"; it is not on screen either way.
            setWindowShown(m_window->isVisible() && !m_window->isMinimized());
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

void AutoRefresh::setMinutes(int minutes)
{
    setInterval(std::chrono::minutes(std::max(0, minutes)));
}

void AutoRefresh::setInterval(std::chrono::milliseconds interval)
{
    if (interval == m_interval)
        return;
    m_interval = interval;
    m_left = {};
    m_timer->stop();
    update();
}

void AutoRefresh::setWindowShown(bool shown)
{
    m_shown = shown;
    update();
}

void AutoRefresh::setReady(bool ready)
{
    m_ready = ready;
    update();
}

bool AutoRefresh::isActive() const
{
    return m_timer->isActive();
}

void AutoRefresh::update()
{
    const bool run = m_interval.count() > 0 && m_shown && m_ready;
    if (run && !m_timer->isActive()) {
        const bool resume = m_left.count() > 0 && m_left <= m_interval;
        m_timer->start(resume ? m_left : m_interval);
        m_left = {};
    } else if (!run && m_timer->isActive()) {
        m_left = m_timer->remainingTimeAsDuration();
        m_timer->stop();
    }
}

void AutoRefresh::fire()
{
    m_left = {};
    update(); // the next interval
    Q_EMIT due();
}

} // namespace geobox
