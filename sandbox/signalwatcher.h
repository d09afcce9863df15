#pragma once

// Turns SIGINT/SIGTERM into a Qt signal (self-pipe trick: the handler writes a byte to a
// socketpair watched by a QSocketNotifier), so the event loop can quit cleanly.

#include <QObject>

#include <initializer_list>

class QSocketNotifier;

namespace sandbox {

class SignalWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalWatcher)

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

    // Installs handlers for these POSIX signals; false if that failed. One watcher per process.
    bool watch(std::initializer_list<int> signalNumbers);

Q_SIGNALS:
    void signalReceived(int signalNumber);

private:
    void readPending();

    QSocketNotifier *m_notifier = nullptr; // child of this
};

} // namespace sandbox
