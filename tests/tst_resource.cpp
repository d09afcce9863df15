// Resource: how the account, a key and another user are named in settings and read back
// (never by a key's secret), and in exports.

#include "resource.h"

#include <QTest>

using namespace geobox;

class TestResource final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void settingsIdRoundTrip_data();
    void settingsIdRoundTrip();
    void badSettingsIds_data();
    void badSettingsIds();
};

void TestResource::settingsIdRoundTrip_data()
{
    QTest::addColumn<Resource>("resource");
    QTest::addColumn<QString>("id");
    User ana;
    ana.id = 7;
    ana.username = QStringLiteral("ana");
    ApiKey key;
    key.id = 12;
    key.name = QStringLiteral("Web map");
    key.key = QStringLiteral("made-up-secret-for-this-test");
    User bo;
    bo.id = 31;
    bo.username = QStringLiteral("bo");
    QTest::newRow("account") << Resource::account(ana) << QStringLiteral("account");
    QTest::newRow("key") << Resource::apiKey(key) << QStringLiteral("key-id:12");
    QTest::newRow("other user") << Resource::otherUser(bo) << QStringLiteral("user:31");
}

void TestResource::settingsIdRoundTrip()
{
    QFETCH(Resource, resource);
    QFETCH(QString, id);
    QCOMPARE(resource.settingsId(), id);
    QVERIFY(!id.contains(resource.keySecret) || resource.keySecret.isEmpty());
    const std::optional<Resource> back = Resource::fromSettingsId(id);
    QVERIFY(back);
    QCOMPARE(back->kind, resource.kind);
    QVERIFY(back->sameAs(resource));
    QVERIFY(back->keySecret.isEmpty());
    QCOMPARE(back->settingsId(), id);
}

void TestResource::badSettingsIds_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("empty") << QString();
    QTest::newRow("unknown kind") << QStringLiteral("team:3");
    QTest::newRow("user without id") << QStringLiteral("user:");
    QTest::newRow("user zero") << QStringLiteral("user:0");
    QTest::newRow("negative key") << QStringLiteral("key-id:-4");
    QTest::newRow("key name, not id") << QStringLiteral("key-id:web");
    QTest::newRow("account with more") << QStringLiteral("account:ana");
}

void TestResource::badSettingsIds()
{
    QFETCH(QString, id);
    QVERIFY(!Resource::fromSettingsId(id).has_value());
}

QTEST_GUILESS_MAIN(TestResource)
#include "tst_resource.moc"
