// The network security policy: plain http only to this machine, redirects
// only to the same server and never down from https.

#include "networkpolicy.h"

#include <QTest>

using namespace geobox;

class TestNetworkPolicy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void servers_data();
    void servers();
    void redirects_data();
    void redirects();
};

void TestNetworkPolicy::servers_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https") << QStringLiteral("https://api.geobox.ir") << true;
    QTest::newRow("https with path")
        << QStringLiteral("https://geo.example.com:8443/geobox/") << true;
    QTest::newRow("http loopback v4") << QStringLiteral("http://127.0.0.1:8080/") << true;
    QTest::newRow("http loopback range") << QStringLiteral("http://127.3.2.1/") << true;
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:9/") << true;
    QTest::newRow("http LOCALHOST") << QStringLiteral("http://LOCALHOST/") << true;
    QTest::newRow("http ::1") << QStringLiteral("http://[::1]:8080/") << true;
    QTest::newRow("http public") << QStringLiteral("http://api.geobox.ir") << false;
    QTest::newRow("http private range") << QStringLiteral("http://192.168.1.10/") << false;
    QTest::newRow("http 128.0.0.1") << QStringLiteral("http://128.0.0.1/") << false;
    QTest::newRow("http localhost lookalike")
        << QStringLiteral("http://localhost.evil.com/") << false;
    QTest::newRow("http 127 lookalike") << QStringLiteral("http://127.0.0.1.nip.io/") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1/") << false;
    QTest::newRow("no host") << QStringLiteral("https:///v1/") << false;
    QTest::newRow("user info") << QStringLiteral("https://ana:pw@api.geobox.ir/") << false;
}

void TestNetworkPolicy::servers()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    const std::optional<ApiError> refusal = checkServerUrl(QUrl(url));
    QCOMPARE(!refusal.has_value(), allowed);
    if (refusal) {
        QCOMPARE(refusal->kind(), ApiError::Kind::InsecureUrl);
        QVERIFY(!refusal->message().isEmpty());
        QVERIFY(!refusal->message().contains(QStringLiteral("pw")));
    }
}

void TestNetworkPolicy::redirects_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("allowed");
    const QString s = QStringLiteral("https://api.geobox.ir");
    const QString f = QStringLiteral("https://api.geobox.ir/v1/users/me");
    QTest::newRow("same host, slash") << s << f << QStringLiteral("/v1/users/me/") << true;
    QTest::newRow("same host absolute")
        << s << f << QStringLiteral("https://api.geobox.ir/v1/x") << true;
    QTest::newRow("other host") << s << f << QStringLiteral("https://evil.example/v1/users/me/")
                                << false;
    QTest::newRow("down to http") << s << f << QStringLiteral("http://api.geobox.ir/v1/users/me/")
                                  << false;
    QTest::newRow("other port") << s << f << QStringLiteral("https://api.geobox.ir:8443/v1/")
                                << false;
    QTest::newRow("loopback same port")
        << QStringLiteral("http://127.0.0.1:9000/") << QStringLiteral("http://127.0.0.1:9000/v1/a")
        << QStringLiteral("/v1/a/") << true;
    QTest::newRow("loopback other address")
        << QStringLiteral("http://127.0.0.1:9000/") << QStringLiteral("http://127.0.0.1:9000/v1/a")
        << QStringLiteral("http://127.0.0.2:9000/v1/a/") << false;
}

void TestNetworkPolicy::redirects()
{
    QFETCH(QString, server);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, allowed);
    QCOMPARE(redirectAllowed(QUrl(server), QUrl(from), QUrl(to)), allowed);
}

QTEST_GUILESS_MAIN(TestNetworkPolicy)
#include "tst_networkpolicy.moc"
