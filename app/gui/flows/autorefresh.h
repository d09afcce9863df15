#pragma once
// AutoRefresh: Settings › Auto-refresh as a timer: due every interval while
// the window is on screen and signed in; paused, keeping the time left, while
// the window is hidden or minimised.

#include <QObject>

#include <chrono>

class QTimer;
class QWidget;

namespace geobox {

class AutoRefresh final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AutoRefresh)

public:
    // Follows the window's Show, Hide and WindowStateChange events (setWindowShown).
    explicit AutoRefresh(QWidget *window);

    // 0: off. Starts the interval afresh.
    void setMinutes(int minutes);
    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const { return m_interval; }
    // Whether the window is on screen (not hidden, not minimised).
    void setWindowShown(bool shown);
    // Whether there is an account to refresh (signed in).
    void setReady(bool ready);

    // True while the timer runs: on, shown and ready.
    bool isActive() const;

Q_SIGNALS:
    void due();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update();
    void fire();

    QTimer *m_timer;
    QWidget *m_window;
    std::chrono::milliseconds m_interval{0};
    std::chrono::milliseconds m_left{0}; // of a paused interval
    bool m_shown = false;
    bool m_ready = true;
};

} // namespace geobox
