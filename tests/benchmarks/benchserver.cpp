#include "benchserver.h"

#include "benchreport.h"

#include <QHostAddress>
#include <QRandomGenerator>

namespace bench {

QDateTime benchNow()
{
    return QDateTime(QDate(2026, 11, 20), QTime(14, 30), QTimeZone::utc());
}

QString randomKey()
{
    static const char alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    QString key;
    for (int i = 0; i < 43; ++i)
        key += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(64)]);
    return key;
}

ServerThread::ServerThread(int keyCount, bool pinned)
    : m_apiKey(randomKey())
{
    sandbox::SandboxOptions options;
    options.seed = 1;
    options.apiKeys = {m_apiKey.toLatin1()};
    if (pinned)
        options.now = benchNow();
    options.keyCount = keyCount;
    m_thread.setObjectName(QStringLiteral("geobox-bench-server"));
    m_server = new sandbox::SandboxServer(options);
    m_server->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_server, &QObject::deleteLater);
    m_thread.start();
    sandbox::SandboxServer *server = m_server;
    quint16 port = 0;
    QMetaObject::invokeMethod(
        server, [server, &port] { port = server->listenOn(QHostAddress::LocalHost, 0); },
        Qt::BlockingQueuedConnection);
    m_port = port;
    if (!m_port)
        note(QStringLiteral("the sandbox could not listen on 127.0.0.1"));
}

ServerThread::~ServerThread()
{
    m_thread.quit();
    m_thread.wait();
}

QUrl ServerThread::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_port));
}

void ServerThread::onServer(const std::function<void(sandbox::SandboxServer &)> &f)
{
    sandbox::SandboxServer *server = m_server;
    QMetaObject::invokeMethod(
        server, [server, &f] { f(*server); }, Qt::BlockingQueuedConnection);
}

static geobox::ClientConfig configFor(const ServerThread &server)
{
    geobox::ClientConfig config;
    config.host = server.url();
    config.clock = [] { return benchNow(); };
    return config;
}

BenchClient::BenchClient(const ServerThread &server)
    : client(&network, configFor(server))
{
    client.setCredentials(geobox::Credentials::apiKey(server.apiKey()));
}

std::optional<geobox::User> fetchMe(geobox::UsageClient &client)
{
    std::optional<geobox::User> me;
    Waiter waiter;
    geobox::UserJob *job = client.currentUser();
    QObject::connect(job, &geobox::UserJob::succeeded, job,
                     [&me](const geobox::User &user) { me = user; });
    QObject::connect(job, &geobox::ApiJob::finished, job, [&waiter] { waiter.finish(); });
    waiter.wait();
    if (!me)
        note(QStringLiteral("users/me/ failed on the sandbox"));
    return me;
}

} // namespace bench
