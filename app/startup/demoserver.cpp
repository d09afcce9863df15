#include "demoserver.h"

#include "sandboxserver.h"

#include <QHostAddress>
#include <QRandomGenerator>

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
    if (m_server)
        return m_url.isValid();
    // Moved to its own thread before it listens, so its sockets live there.
    m_server = new sandbox::SandboxServer(options);
    m_server->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_server, &QObject::deleteLater);
    m_thread.start();
    quint16 port = 0;
    sandbox::SandboxServer *server = m_server;
    QMetaObject::invokeMethod(
        server, [server, &port] { port = server->listenOn(QHostAddress::LocalHost, 0); },
        Qt::BlockingQueuedConnection);
    if (port == 0) {
        if (error)
            *error = tr("The demo server could not listen on 127.0.0.1.");
        return false;
    }
    m_url = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port));
    return true;
}

} // namespace geobox
