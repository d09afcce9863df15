// TLS: geobox-sandbox serving HTTPS with a self-signed certificate made for
// the test. The client refuses it by default, with a clear message, before
// any request reaches the server; a client that trusts that certificate gets
// through, which shows the server itself was fine.

#include "sandboxfixture.h"
#include "usageclient.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QSslSocket>
#include <QTemporaryDir>

using namespace geobox;

class TestTls final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void selfSignedIsRefused();
    void trustedCertificateGetsThrough();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    QString m_key;
    quint16 m_port = 0;
};

void TestTls::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString cert = m_dir.filePath(QStringLiteral("cert.pem"));
    const QString key = m_dir.filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                   key, QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("1"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                   QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
    QVERIFY(openssl.waitForFinished(60000));
    QCOMPARE(openssl.exitCode(), 0);

    sandbox::SandboxOptions options;
    m_key = testing::randomSecret();
    options.apiKeys = {m_key.toLatin1()};
    options.tlsCertificateFile = cert;
    options.tlsKeyFile = key;
    m_server = std::make_unique<sandbox::SandboxServer>(options);
    m_port = m_server->listenOn(QHostAddress::LocalHost, 0);
    QVERIFY(m_port != 0);
}

void TestTls::selfSignedIsRefused()
{
    QNetworkAccessManager network;
    ClientConfig config;
    config.host = QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(m_port));
    config.retry.maxRetries = 0;
    UsageClient client(&network, config);
    client.setCredentials(Credentials::apiKey(m_key));
    const auto out = testing::await<User>(client.currentUser());
    QVERIFY(out.error);
    QCOMPARE(out.error->kind(), ApiError::Kind::Network);
    const QString message = out.error->message();
    qInfo("%s", qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("TLS")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("self signed"), Qt::CaseInsensitive) ||
                 message.contains(QStringLiteral("self-signed"), Qt::CaseInsensitive),
             qPrintable(message));
    QVERIFY(!message.contains(m_key));
    QCOMPARE(m_server->requests().size(), 0); // nothing, the key included, went over
}

void TestTls::trustedCertificateGetsThrough()
{
    QSslSocket socket;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(m_dir.filePath(QStringLiteral("cert.pem"))));
    socket.setSslConfiguration(tls);
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_port);
    QVERIFY(QTest::qWaitFor([&] { return socket.isEncrypted(); }, 10000));
    socket.write("GET /v1/users/me/?f=json&apikey=" + m_key.toLatin1() +
                 " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    QByteArray answer;
    QVERIFY(QTest::qWaitFor(
        [&] {
            answer += socket.readAll();
            return answer.contains("\r\n\r\n{");
        },
        10000));
    QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.left(80).constData());
}

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
