#include "demoserver.h"

#include "sandboxserver.h"

#include <QHostAddress>
#include <QRandomGenerator>
#include <QTcpServer>

namespace geobox {

DemoServer::DemoServer(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("geobox-demo-server"));
}

DemoServer::~DemoServer()
{
    // The server is deleted on its own thread as that thread ends (finished -> deleteLater).
    m_thread.quit();
    m_thread.wait();
}

bool DemoServer::start(QString *error)
{
    if (m_started)
        return m_url.isValid();
    static const char alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    m_apiKey.clear();
    for (int i = 0; i < 43; ++i)
        m_apiKey += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(64)]);

    sandbox::SandboxOptions options;
    options.seed = 1;
    options.apiKeys = {m_apiKey.toLatin1()};
    // Some of the demo account's usage comes from no listed key, as with a real account used
    // through a token or the web console: the By key view shows it as its own part.
    options.unattributedPercent = 7;
    // Quotas the demo's use stands at 78% of: just below the 80% warning, so the cards,
    // the forecast and the alerts have something to say.
    options.quotaUse = 78;
    m_started = true;
    // The port is taken here, at once: the window needs only the URL. The server itself
    // (its data, and an HTTP server whose making loads the TLS libraries) is made on its
    // own thread, while this one builds the window; a request sent before it is ready
    // waits in the socket's backlog.
    auto *socket = new QTcpServer;
    if (!socket->listen(QHostAddress::LocalHost, 0)) {
        delete socket;
        if (error)
            *error = tr("The demo server could not listen on 127.0.0.1.");
        return false;
    }
    const quint16 port = socket->serverPort();
    socket->moveToThread(&m_thread);
    // Deleted on its thread as that thread ends, with the server it is then part of.
    connect(&m_thread, &QThread::finished, socket, &QObject::deleteLater);
    QMetaObject::invokeMethod(socket, [socket, options = std::move(options), this] {
        auto *server = new sandbox::SandboxServer(options);
        server->bind(socket);
        connect(&m_thread, &QThread::finished, server, &QObject::deleteLater);
    });
    m_thread.start();
    m_url = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port));
    return true;
}

} // namespace geobox
