#pragma once
// DemoServer: geobox-sandbox's data served in-process on a free loopback
// port, on a thread of its own, with an API key made up for this run, so
// `--demo` works with no account and no network.

#include <QObject>
#include <QString>
#include <QThread>
#include <QUrl>

namespace geobox {

class DemoServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoServer)

public:
    explicit DemoServer(QObject *parent = nullptr);
    ~DemoServer() override;

    // Starts serving on 127.0.0.1 and a free port; false (and why) when it cannot.
    bool start(QString *error = nullptr);
    QUrl url() const { return m_url; }
    // The API key this run's sandbox accepts (random, never stored).
    QString apiKey() const { return m_apiKey; }

private:
    QThread m_thread;
    bool m_started = false;
    QUrl m_url;
    QString m_apiKey;
};

} // namespace geobox
