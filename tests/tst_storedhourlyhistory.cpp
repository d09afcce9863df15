// StoredHourlyHistory (lib/history/storedhourlyhistory.h) against geobox-sandbox over HTTP
// and a real SQLite file: the same hours as the service gives, a second question asks only
// the hours not yet final, only the signed-in user's account is filed (never a key's
// secret, never another user), and a cancelled question is never answered.

#include "historystore.h"
#include "insights/quotaforecasts.h"
#include "sandboxfixture.h"
#include "settle.h"
#include "storedhourlyhistory.h"
#include "usageclient.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

using namespace geobox;

namespace {

struct Answer
{
    bool done = false;
    std::optional<UsageSeries> hours;
    std::optional<ApiError> error;
};

} // namespace

class TestStoredHourlyHistory final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void sameHoursAsTheService_data();
    void sameHoursAsTheService();
    void secondQuestionAsksOnlyTheHoursNotFinal();
    void unknownCredentialsAreNotFiled();
    void aKeysSecretIsNeverFiled();
    void cancelledQuestionIsNeverAnswered();

private:
    Answer ask(HourlyHistory &history, const QString &eid, Metric metric, const QDateTime &from,
               const QDateTime &to);
    QList<QByteArray> usageQueries() const;
    void rememberMe();

    testing::SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<UsageClient> m_client;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HistoryStore> m_store;
    QString m_eid;
};

void TestStoredHourlyHistory::initTestCase()
{
    QVERIFY(m_sandbox.start(5));
    m_eid = QString::number(m_sandbox.server->data().mainUser().id);
}

void TestStoredHourlyHistory::init()
{
    m_sandbox.server->clearFaults();
    m_client = std::make_unique<UsageClient>(&m_network, m_sandbox.clientConfig());
    m_client->setCredentials(Credentials::apiKey(m_sandbox.apiKey));
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<HistoryStore>(m_dir->filePath(QStringLiteral("history.sqlite")));
    QVERIFY(m_store->isOpen());
    m_sandbox.server->clearRequests();
}

// What users/me/ confirming the credentials leaves in the store.
void TestStoredHourlyHistory::rememberMe()
{
    m_store->rememberCredentials(HistoryScope::serverKey(m_sandbox.url()), m_client->credentials(),
                                 m_eid.toLongLong());
}

Answer TestStoredHourlyHistory::ask(HourlyHistory &history, const QString &eid, Metric metric,
                                    const QDateTime &from, const QDateTime &to)
{
    auto answer = std::make_shared<Answer>();
    history.hours(eid, metric, from, to,
                  [answer](const std::optional<UsageSeries> &h, const std::optional<ApiError> &e) {
                      answer->hours = h;
                      answer->error = e;
                      answer->done = true;
                  });
    if (answer->done)
        qWarning("answered inside hours()");
    if (!QTest::qWaitFor([answer] { return answer->done; }, 20000))
        qWarning("no answer came");
    return *answer;
}

QList<QByteArray> TestStoredHourlyHistory::usageQueries() const
{
    QList<QByteArray> out;
    for (const sandbox::RecordedRequest &r : m_sandbox.server->requests()) {
        if (r.path == QLatin1String("usage/api"))
            out.append(r.rawQuery);
    }
    return out;
}

void TestStoredHourlyHistory::sameHoursAsTheService_data()
{
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QDateTime>("to");
    QTest::addColumn<int>("metric");
    const QDateTime now = m_sandbox.now; // 20 Nov 2026 14:30 UTC
    QTest::newRow("forecast's weeks, calls")
        << forecastHistoryStart(now, m_sandbox.timeZone) << now << int(Metric::Calls);
    QTest::newRow("forecast's weeks, traffic")
        << forecastHistoryStart(now, m_sandbox.timeZone) << now << int(Metric::Traffic);
    QTest::newRow("from last month's first day")
        << QDateTime(QDate(2026, 10, 1), QTime(0, 0), QTimeZone::utc()) << now
        << int(Metric::Calls);
    QTest::newRow("mid-day to mid-day, all final")
        << QDateTime(QDate(2026, 9, 3), QTime(7, 0), QTimeZone::utc())
        << QDateTime(QDate(2026, 9, 9), QTime(19, 0), QTimeZone::utc()) << int(Metric::Calls);
}

void TestStoredHourlyHistory::sameHoursAsTheService()
{
    QFETCH(QDateTime, from);
    QFETCH(QDateTime, to);
    QFETCH(int, metric);
    rememberMe();
    ServiceHourlyHistory service(m_client.get());
    const Answer direct = ask(service, m_eid, Metric(metric), from, to);
    QVERIFY(direct.hours);
    QVERIFY(direct.hours->buckets.size() > 24);
    StoredHourlyHistory stored(m_client.get(), m_store.get());
    const Answer first = ask(stored, m_eid, Metric(metric), from, to);
    QVERIFY(first.hours);
    QCOMPARE(first.hours->buckets, direct.hours->buckets);
    // The second answer comes (mostly) from the store: still the same hours.
    const Answer second = ask(stored, m_eid, Metric(metric), from, to);
    QVERIFY(second.hours);
    QCOMPARE(second.hours->buckets, direct.hours->buckets);
}

void TestStoredHourlyHistory::secondQuestionAsksOnlyTheHoursNotFinal()
{
    rememberMe();
    StoredHourlyHistory stored(m_client.get(), m_store.get());
    const QDateTime now = m_sandbox.now;
    const QDateTime from = forecastHistoryStart(now, m_sandbox.timeZone);
    QVERIFY(ask(stored, m_eid, Metric::Calls, from, now).hours);
    QList<QByteArray> asked = usageQueries();
    QCOMPARE(asked.size(), 1);
    QVERIFY2(
        asked.first().contains("from_date=" + from.date().toString(Qt::ISODate).toLatin1() + "T00"),
        asked.first().constData());
    m_sandbox.server->clearRequests();
    QVERIFY(ask(stored, m_eid, Metric::Calls, from, now).hours);
    asked = usageQueries();
    QCOMPARE(asked.size(), 1);
    // 48 hours to settle before 20 Nov 14:30: from 18 Nov on.
    QVERIFY2(asked.first().contains("from_date=2026-11-18T00"), asked.first().constData());
    // A span that is all final asks nothing the second time.
    const QDateTime septFrom(QDate(2026, 9, 1), QTime(0, 0), QTimeZone::utc());
    const QDateTime septTo(QDate(2026, 9, 8), QTime(0, 0), QTimeZone::utc());
    QVERIFY(ask(stored, m_eid, Metric::Calls, septFrom, septTo).hours);
    m_sandbox.server->clearRequests();
    QVERIFY(ask(stored, m_eid, Metric::Calls, septFrom, septTo).hours);
    QCOMPARE(usageQueries().size(), 0);
}

void TestStoredHourlyHistory::unknownCredentialsAreNotFiled()
{
    // No mapping of these credentials to the user: asked of the service, nothing kept.
    StoredHourlyHistory stored(m_client.get(), m_store.get());
    const QDateTime septFrom(QDate(2026, 9, 1), QTime(0, 0), QTimeZone::utc());
    const QDateTime septTo(QDate(2026, 9, 8), QTime(0, 0), QTimeZone::utc());
    QVERIFY(ask(stored, m_eid, Metric::Calls, septFrom, septTo).hours);
    const HistoryScope scope{HistoryScope::serverKey(m_sandbox.url()), m_eid.toLongLong()};
    QVERIFY(
        m_store
            ->series(scope, QStringLiteral("account"), Scale::Hour, Metric::Calls, septFrom, septTo)
            .buckets.isEmpty());
    // Another user's id, while these credentials are mapped to the main user: not filed.
    rememberMe();
    const QString other = QString::number(m_eid.toLongLong() + 1);
    ask(stored, other, Metric::Calls, septFrom, septTo);
    const HistoryScope otherScope{scope.server, other.toLongLong()};
    QVERIFY(m_store
                ->series(otherScope, QStringLiteral("account"), Scale::Hour, Metric::Calls,
                         septFrom, septTo)
                .buckets.isEmpty());
}

void TestStoredHourlyHistory::aKeysSecretIsNeverFiled()
{
    rememberMe();
    StoredHourlyHistory stored(m_client.get(), m_store.get());
    const sandbox::SandboxData &data = m_sandbox.server->data();
    const QString secret = QString::fromLatin1(data.apiKeysOf(data.mainUser().id).first().key);
    const QDateTime now = m_sandbox.now;
    const Answer answer = ask(stored, secret, Metric::Calls, now.addDays(-3), now);
    QVERIFY(answer.hours);
    QVERIFY(!answer.hours->buckets.isEmpty());
    m_store.reset(); // closed: everything on disk
    QFile file(m_dir->filePath(QStringLiteral("history.sqlite")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(secret.toUtf8()));
}

void TestStoredHourlyHistory::cancelledQuestionIsNeverAnswered()
{
    rememberMe();
    QVERIFY(m_sandbox.server->addFault(QStringLiteral("usage/api=hold")));
    StoredHourlyHistory stored(m_client.get(), m_store.get());
    bool answered = false;
    const QDateTime now = m_sandbox.now;
    stored.hours(m_eid, Metric::Calls, now.addDays(-2), now,
                 [&answered](const std::optional<UsageSeries> &, const std::optional<ApiError> &) {
                     answered = true;
                 });
    QTRY_COMPARE(m_sandbox.server->heldCount(), 1);
    stored.cancel();
    m_sandbox.server->releaseHeld();
    // The call was aborted at once (its end is queued): every pending event is delivered.
    testing::settle();
    QVERIFY(!answered);
    // The next question is answered as usual.
    m_sandbox.server->clearFaults();
    QVERIFY(ask(stored, m_eid, Metric::Calls, now.addDays(-2), now).hours);
}

QTEST_GUILESS_MAIN(TestStoredHourlyHistory)
#include "tst_storedhourlyhistory.moc"
