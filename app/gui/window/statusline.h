#pragma once
// StatusLine: the status bar's contents: when the data on screen was fetched
// ("Updated 14:05 (3 min ago)", kept current every 30 s), whether it is stale,
// a busy bar while loading, "Demo" in demo mode, and the export button.

#include <QDateTime>
#include <QWidget>

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
    // stale: the figures on screen do not answer the choice; why: what differs, in words
    // (QueryMismatch), or empty when only the last fetch failed.
    void setStale(bool stale, const QString &why = {});
    void setLoading(bool loading);
    void setMessage(const QString &message);

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
    bool m_stale = false;
    QString m_staleWhy;
    QString m_message;
    QLabel *m_badge = nullptr;
    QLabel *m_text = nullptr;
    QProgressBar *m_busy = nullptr;
    QTimer *m_tick = nullptr;
};

} // namespace geobox
