#pragma once
// Connection: what one run of geobox-usage talks to, opened from the
// connection options over the preferences: the network (handed to the
// client, never a global), the built-in demo server for --demo (its key
// already given to the client), and the client. The window adds the
// account on top; the command line the GEOBOX_* variables or the keychain.

#include "preferences.h"
#include "usageclient.h"

#include <QCommandLineParser>
#include <QNetworkAccessManager>

#include <memory>
#include <optional>

namespace geobox {

class DemoServer;
class HistoryStore;

namespace startup {

class Connection final
{
public:
    Connection();
    ~Connection();
    Q_DISABLE_COPY_MOVE(Connection)

    // Reads --demo, --server and --timeout (startup::addConnectionOptions) over the
    // preferences and makes the client; nullopt when open, else the exit code (the
    // reason is printed).
    std::optional<int> open(const QCommandLineParser &parser);

    Preferences &preferences() { return m_preferences; }
    QNetworkAccessManager *network() { return &m_network; }
    // Null until open() succeeds.
    UsageClient *client() const { return m_client.get(); }
    bool isDemo() const { return m_demo != nullptr; }
    // The usage history (--history, --no-history, --settle-hours over the preferences);
    // null when off, and with --demo (its server is new on every run). It may be not
    // open: its notice() says why, once.
    HistoryStore *history() const { return m_history.get(); }

private:
    Preferences m_preferences;
    QNetworkAccessManager m_network;
    std::unique_ptr<DemoServer> m_demo;
    std::unique_ptr<UsageClient> m_client;
    std::unique_ptr<HistoryStore> m_history;
};

} // namespace startup
} // namespace geobox
