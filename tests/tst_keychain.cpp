// Secrets in the system keychain, against a real Secret Service (gnome-keyring
// in a private D-Bus session, run by keychain/run-in-keyring.sh) with a
// throwaway HOME: login, export with no variables, logout, then exit 3; the
// no-keychain case; no file under HOME, nor any output, holding the key; and a
// sign-in cancelled while the keychain writes leaves no entry behind.

#include "accountcontroller.h"
#include "sandboxfixture.h"

#include <QDirIterator>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestKeychain final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loginExportLogout();
    void rejectedKeyIsNotStored();
    void usernamePasswordKeepsATokenNotThePassword();
    void noKeychain();
    void windowSessionLeavesNoSecret();
    void cancelWhileSavingWins();

private:
    Run run(const QStringList &args, const QByteArray &stdinData = {},
            const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
            int timeoutMs = 60000);
    // Files under `home` (the keyring's own encrypted file excepted) that hold `secret`.
    static QStringList filesHolding(const QString &home, const QByteArray &secret);
    QStringList server() const;

    testing::SandboxFixture m_sandbox;
    QString m_home;
    QByteArrayList m_outputs; // everything the commands printed
};

void TestKeychain::initTestCase()
{
    m_home = qEnvironmentVariable("GEOBOX_TEST_HOME");
    if (m_home.isEmpty())
        QSKIP("run through tests/keychain/run-in-keyring.sh (ctest does)");
    QVERIFY(QDir::homePath() == m_home);
    m_sandbox.now = QDateTime(); // the command line reads the real clock
    QVERIFY(m_sandbox.start(9));
}

QStringList TestKeychain::server() const
{
    return {QStringLiteral("--server"), m_sandbox.url().toString()};
}

Run TestKeychain::run(const QStringList &args, const QByteArray &stdinData,
                      const QProcessEnvironment &env, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(GEOBOX_USAGE_BIN), args);
    if (!stdinData.isNull()) {
        process.write(stdinData);
        process.closeWriteChannel();
    }
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, timeoutMs))
        process.kill();
    process.waitForFinished(1000);
    Run r;
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    m_outputs << r.out << r.err;
    return r;
}

QStringList TestKeychain::filesHolding(const QString &home, const QByteArray &secret)
{
    QStringList found;
    const QString keyrings = qEnvironmentVariable("GEOBOX_KEYRING_DIR");
    QDirIterator it(home, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!keyrings.isEmpty() && path.startsWith(keyrings))
            continue; // the keyring's own, encrypted
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(secret))
            found.append(path);
    }
    return found;
}

void TestKeychain::loginExportLogout()
{
    const QByteArray key = m_sandbox.apiKey.toLatin1();
    const Run login =
        run(QStringList{QStringLiteral("login"), QStringLiteral("--apikey-stdin")} + server(),
            key + "\n");
    QVERIFY2(login.exitCode == 0, login.err.constData());
    QVERIFY(login.out.contains(m_sandbox.server->data().mainUser().username.toUtf8()));

    // No GEOBOX_* variable is set: the key comes from the keychain.
    const Run exported =
        run(QStringList{QStringLiteral("export"), QStringLiteral("--days"), QStringLiteral("3")} +
            server());
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    QCOMPARE(exported.out.trimmed().split('\n').size(), 4);
    // And the settings remember the server: no --server needed any more.
    const Run summary = run({QStringLiteral("summary")});
    QVERIFY2(summary.exitCode == 0, summary.err.constData());

    QVERIFY2(filesHolding(m_home, key).isEmpty(), qPrintable(filesHolding(m_home, key).join(u',')));
    for (const QByteArray &output : std::as_const(m_outputs))
        QVERIFY(!output.contains(key));

    const Run logout = run(QStringList{QStringLiteral("logout")} + server());
    QVERIFY2(logout.exitCode == 0, logout.err.constData());
    const Run after = run(QStringList{QStringLiteral("export")} + server());
    QCOMPARE(after.exitCode, 3);
    QVERIFY(after.err.contains("geobox-usage login"));
    QCOMPARE(after.err.count('\n'), 1);
}

void TestKeychain::rejectedKeyIsNotStored()
{
    const QByteArray wrong = testing::randomSecret().toLatin1();
    const Run login =
        run(QStringList{QStringLiteral("login"), QStringLiteral("--apikey-stdin")} + server(),
            wrong + "\n");
    QCOMPARE(login.exitCode, 3);
    QVERIFY(login.err.contains("401"));
    QVERIFY(!login.err.contains(wrong));
    // Nothing was kept: an export finds no credentials.
    const Run after = run(QStringList{QStringLiteral("export")} + server());
    QCOMPARE(after.exitCode, 3);
}

void TestKeychain::usernamePasswordKeepsATokenNotThePassword()
{
    const QByteArray password = m_sandbox.password.toUtf8();
    const Run login = run(QStringList{QStringLiteral("login"), QStringLiteral("--username"),
                                      m_sandbox.username, QStringLiteral("--password-stdin")} +
                              server(),
                          password + "\n");
    QVERIFY2(login.exitCode == 0, login.err.constData());
    QVERIFY(login.out.contains("access token"));
    const Run exported =
        run(QStringList{QStringLiteral("export"), QStringLiteral("--days"), QStringLiteral("2")} +
            server());
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    // The sign-in happened once, at login: the export used the kept token.
    QCOMPARE(m_sandbox.server->requestCount(QStringLiteral("auth/token/")), 1);
    QVERIFY(filesHolding(m_home, password).isEmpty());
    // The keychain itself holds a token, not the password: ask it directly.
    QProcess lookup;
    lookup.start(QStringLiteral("secret-tool"),
                 {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("--unlock"),
                  QStringLiteral("service"), QStringLiteral("geobox-usage")});
    QVERIFY(lookup.waitForFinished(10000));
    const QByteArray stored = lookup.readAllStandardOutput() + lookup.readAllStandardError();
    QVERIFY2(!stored.contains(password), "the password itself must never be kept");
    QCOMPARE(run(QStringList{QStringLiteral("logout")} + server()).exitCode, 0);
}

void TestKeychain::noKeychain()
{
    // No D-Bus session at all, and a HOME of its own: a clear error, exit 3, nothing written.
    QTemporaryDir home;
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral(".local/share")));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=") + home.filePath(QStringLiteral("no-bus")));
    const Run login =
        run(QStringList{QStringLiteral("login"), QStringLiteral("--apikey-stdin")} + server(),
            m_sandbox.apiKey.toLatin1() + "\n", env);
    QCOMPARE(login.exitCode, 3);
    QVERIFY2(login.err.contains("keychain"), login.err.constData());
    QCOMPARE(login.err.count('\n'), 1);
    QVERIFY(!login.err.contains(m_sandbox.apiKey.toLatin1()));
    QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    QStringList written;
    while (it.hasNext())
        written.append(it.next());
    QVERIFY2(written.isEmpty(), qPrintable(written.join(u',')));
}

void TestKeychain::windowSessionLeavesNoSecret()
{
    const QByteArray key = m_sandbox.apiKey.toLatin1();
    QCOMPARE(run(QStringList{QStringLiteral("login"), QStringLiteral("--apikey-stdin")} + server(),
                 key + "\n")
                 .exitCode,
             0);
    QTemporaryDir shots;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const QString png = shots.filePath(QStringLiteral("window.png"));
    // The window signs in from the keychain, shows the data, saves a picture and quits.
    const Run window = run({QStringLiteral("--screenshot"), png}, QByteArray(), env);
    QVERIFY2(window.exitCode == 0, window.err.constData());
    QVERIFY(QFile::exists(png));
    QVERIFY2(filesHolding(m_home, key).isEmpty(), qPrintable(filesHolding(m_home, key).join(u',')));
    for (const QByteArray &output : std::as_const(m_outputs))
        QVERIFY(!output.contains(key));
    QCOMPARE(run(QStringList{QStringLiteral("logout")} + server()).exitCode, 0);
}

void TestKeychain::cancelWhileSavingWins()
{
    // The window's AccountController, in this process, on this keyring; its settings in
    // test mode, apart from the commands'.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GeoboxTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_keychain"));
    QSettings().clear();
    geobox::Preferences settings;
    QNetworkAccessManager network;
    geobox::UsageClient client(&network, m_sandbox.clientConfig());
    geobox::AccountController account(&network, &client, &settings);
    QSignalSpy signedIn(&account, &geobox::AccountController::signedIn);
    QSignalSpy problems(&account, &geobox::AccountController::keychainProblem);
    const QUrl server = m_sandbox.url();
    const QString username = m_sandbox.server->data().mainUser().username;
    // What the keychain holds for the account: the key, or empty when there is no entry.
    const auto stored = [&] {
        geobox::CredentialStore store;
        std::optional<QString> secret;
        store.read(
            server, username,
            [&secret](std::optional<geobox::Credentials> c, std::optional<geobox::KeychainError>) {
                secret = c ? c->secret() : QString();
            });
        return QTest::qWaitFor([&secret] { return secret.has_value(); }, 10000)
                   ? *secret
                   : QStringLiteral("?");
    };
    // Cancels each sign-in just after its keychain write was sent, before the answer.
    bool cancel = true;
    connect(&account, &geobox::AccountController::savingSignIn, this, [&account, &cancel] {
        if (cancel)
            QTimer::singleShot(0, &account, [&account] { account.cancelSignIn(); });
    });

    // Nobody signed in: the entry written meanwhile is removed again.
    QVERIFY(stored().isEmpty());
    account.signIn(server, geobox::Credentials::apiKey(m_sandbox.apiKey));
    QVERIFY(account.isSigningIn());
    QTRY_VERIFY_WITH_TIMEOUT(!account.isSigningIn(), 20000);
    QCOMPARE(signedIn.count(), 0);
    QCOMPARE(problems.count(), 0);
    QVERIFY(!account.isSignedIn());
    QVERIFY(client.credentials().isEmpty());
    QVERIFY(settings.account(server).isEmpty());
    QVERIFY(stored().isEmpty());

    // Signed in (not cancelled), then a sign-in to the same account with another of its
    // keys, cancelled: the entry holds the key in use again.
    cancel = false;
    account.signIn(server, geobox::Credentials::apiKey(m_sandbox.apiKey));
    QTRY_VERIFY_WITH_TIMEOUT(signedIn.count() == 1, 20000);
    QCOMPARE(account.source(), geobox::AccountController::Source::Keychain);
    QVERIFY(stored() == m_sandbox.apiKey); // (never QCOMPARE a secret)
    QString other;
    for (const sandbox::SandboxApiKey &key :
         m_sandbox.server->data().apiKeysOf(m_sandbox.server->data().mainUser().id)) {
        if (!key.revoked && QString::fromLatin1(key.key) != m_sandbox.apiKey)
            other = QString::fromLatin1(key.key);
    }
    QVERIFY(!other.isEmpty());
    cancel = true;
    account.signIn(server, geobox::Credentials::apiKey(other));
    QTRY_VERIFY_WITH_TIMEOUT(!account.isSigningIn(), 20000);
    QCOMPARE(signedIn.count(), 1);
    QCOMPARE(problems.count(), 0);
    QVERIFY(client.credentials().secret() == m_sandbox.apiKey);
    QVERIFY(stored() == m_sandbox.apiKey);

    QSignalSpy signedOut(&account, &geobox::AccountController::signedOut);
    account.signOut();
    QTRY_VERIFY_WITH_TIMEOUT(signedOut.count() == 1, 20000);
    QVERIFY(stored().isEmpty());
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
