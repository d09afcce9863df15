#pragma once
// StatusLine: the status bar's contents: when the data on screen was fetched
// ("Updated 14:05 (3 min ago)", kept current every 30 s), whether it is stale,
// a message for a while ("Exported 30 rows to …") in a place of its own, a busy
// bar while loading, "Demo" in demo mode, and the export button. (Messages never
// go through QStatusBar::showMessage: that hides every widget of the bar.)

#include <QDateTime>
#include <QWidget>

#include <chrono>
#include <functional>

class QAction;
class QLabel;
class QProgressBar;
class QTimer;

namespace geobox {

class StatusLine final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusLine)

public:
    // clock: the current time (UTC), for "3 min ago".
    StatusLine(std::function<QDateTime()> clock, QAction *exportAction, bool demo,
               QWidget *parent = nullptr);

    void setUpdated(const QDateTime &fetchedAt);
    // The figures come from the history store, last updated at `historyAt` (invalid: fresh
    // from the service); `offline`: the service could not be reached.
    void setHistory(const QDateTime &historyAt, bool offline);
    // stale: the figures on screen do not answer the choice; why: what differs, in words
    // (QueryMismatch), or empty when only the last fetch failed.
    void setStale(bool stale, const QString &why = {});
    void setLoading(bool loading);
    // Shows `message` beside the rest, and takes it away after `timeout`.
    void showMessage(const QString &message,
                     std::chrono::milliseconds timeout = std::chrono::seconds(8));
    void clearMessage();
    QString message() const;

    // "Updated 14:05 (3 min ago)", with why it is stale; the message is not part of it.
    QString text() const;
    bool isStale() const { return m_stale; }
    bool isBusy() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refreshText();
    void applyTheme();

    std::function<QDateTime()> m_clock;
    QDateTime m_fetchedAt;
    QDateTime m_historyAt;
    bool m_offline = false;
    bool m_stale = false;
    QString m_staleWhy;
    QLabel *m_badge = nullptr;
    QLabel *m_text = nullptr;
    QLabel *m_message = nullptr;
    QProgressBar *m_busy = nullptr;
    QTimer *m_tick = nullptr;
    QTimer *m_messageTimer = nullptr;
};

} // namespace geobox
