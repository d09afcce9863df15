#pragma once
// geobox-sandbox on 127.0.0.1 on a QThread of its own (as app/startup/demoserver.cpp
// does), so the server's work never sits on the client's thread; and a
// UsageClient signed in to it with a key made up for the run.

#include "sandboxserver.h"
#include "usageclient.h"

#include <QNetworkAccessManager>
#include <QThread>
#include <QUrl>

#include <functional>
#include <memory>

namespace bench {

// The bench's pinned clock, for the sandbox and the client alike.
QDateTime benchNow();
QString randomKey();

class ServerThread
{
public:
    // keyCount: API keys of the main user (0: from the seed); pinned: on benchNow()'s
    // clock (else the real one).
    explicit ServerThread(int keyCount = 0, bool pinned = true);
    ~ServerThread();
    ServerThread(const ServerThread &) = delete;
    ServerThread &operator=(const ServerThread &) = delete;

    bool isListening() const { return m_port != 0; }
    QUrl url() const;
    QString apiKey() const { return m_apiKey; }
    // Runs `f` on the server's thread and waits for it.
    void onServer(const std::function<void(sandbox::SandboxServer &)> &f);

private:
    QThread m_thread;
    sandbox::SandboxServer *m_server = nullptr; // lives on m_thread
    QString m_apiKey;
    quint16 m_port = 0;
};

// A client of `server`: its own network access manager, the pinned clock, the run's key.
struct BenchClient
{
    explicit BenchClient(const ServerThread &server);
    QNetworkAccessManager network;
    geobox::UsageClient client;
};

// users/me/ of the sandbox's main user (nullopt on failure).
std::optional<geobox::User> fetchMe(geobox::UsageClient &client);

} // namespace bench
