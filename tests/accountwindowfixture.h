#pragma once
// The dashboard window with the real AccountController and Preferences, on an
// in-process geobox-sandbox, for the sign-in and settings tests: no Secret
// Service (D-Bus points at nowhere), test-mode QSettings, and a log watched
// for secrets.

#include "accountcontroller.h"
#include "banners/errorbanner.h"
#include "banners/noticebanner.h"
#include "dashboardstate.h"
#include "dialogs/serverfield.h"
#include "dialogs/settingsdialog.h"
#include "dialogs/signindialog.h"
#include "flows/accountflow.h"
#include "flows/autorefresh.h"
#include "flows/settingsflow.h"
#include "networkpolicy.h"
#include "preferences.h"
#include "querybar/resourcepicker.h"
#include "querybar/scaleselector.h"
#include "sandboxfixture.h"
#include "table/usagetablemodel.h"
#include "table/usagetableview.h"
#include "usageclient.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>

namespace testing {

using namespace geobox;

// Everything Qt and the app logged during the test, to prove no secret is in it.
inline QStringList &logged()
{
    static QStringList lines;
    return lines;
}
inline QtMessageHandler previousHandler = nullptr;

inline void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    logged().append(text);
    if (previousHandler)
        previousHandler(type, context, text);
}

class AccountWindowFixture
{
protected:
    // initTestCase: the environment, the settings' names, the sandbox.
    bool startSandbox(const char *appName);
    // init: fresh settings, a window asking for a sign-in.
    void openFixture();
    // cleanup: closes everything, then checks no secret was written or logged.
    void closeFixture();
    // The window on the sandbox, shown, after AccountController::restore() found nothing.
    void openWindow();
    void closeWindow();
    // The sign-in dialog once it is on screen, or nullptr after 5 s.
    SignInDialog *waitForDialog();
    // Types the key (as a user would) and clicks Sign In.
    void submitKey(SignInDialog *dialog, const QString &key);
    // The whole sign-in with the sandbox's key, until the data is on screen.
    bool signInAndLoad(const QString &key);
    // Until the snapshot answers the current query for a loaded user.
    bool waitForData();
    template<typename T> T *find(QWidget *in, const char *name) const
    {
        return in->findChild<T *>(QString::fromLatin1(name));
    }
    QString serverLabel() const { return m_sandbox.serverLabel(); }
    // Every key and the password the sandbox accepts.
    QStringList secrets() const;
    // None of them in the settings file, its values, or anything logged.
    void verifyNoSecretWritten();
    // artifacts/<name> in the working directory.
    QString artifact(const QString &name) const;

    testing::SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<Preferences> m_settings;
    std::unique_ptr<UsageClient> m_client;
    std::unique_ptr<AccountController> m_account;
    std::unique_ptr<DashboardState> m_state;
    std::unique_ptr<MainWindow> m_window;
};

inline bool AccountWindowFixture::startSandbox(const char *appName)
{
    // No Secret Service: nothing from a test may reach a real keychain.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/geobox-test-no-bus");
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GeoboxTest"));
    QCoreApplication::setApplicationName(QString::fromLatin1(appName));
    previousHandler = qInstallMessageHandler(recordMessage);
    return m_sandbox.start();
}

inline void AccountWindowFixture::openFixture()
{
    QSettings().clear();
    logged().clear();
    m_sandbox.server->clearFaults();
    m_sandbox.server->clearRequests();
    openWindow();
}

inline void AccountWindowFixture::closeFixture()
{
    closeWindow();
    verifyNoSecretWritten();
}

inline void AccountWindowFixture::openWindow()
{
    m_settings = std::make_unique<Preferences>();
    m_settings->setServer(m_sandbox.url());
    ClientConfig config = m_sandbox.clientConfig();
    config.timeout = std::chrono::seconds(10);
    m_client = std::make_unique<UsageClient>(&m_network, config);
    m_account = std::make_unique<AccountController>(&m_network, m_client.get(), m_settings.get());
    m_state = std::make_unique<DashboardState>(m_client.get());
    m_window = std::make_unique<MainWindow>(m_state.get(), m_account.get(), m_settings.get(),
                                            serverLabel(), false);
    m_window->resize(1280, 900);
    m_window->show();
    m_account->restore(QProcessEnvironment()); // nothing saved: asks for a sign-in
}

inline void AccountWindowFixture::closeWindow()
{
    if (m_window)
        m_window->close();
    m_window.reset();
    m_state.reset();
    m_account.reset();
    m_client.reset();
    m_settings.reset();
}

SignInDialog *AccountWindowFixture::waitForDialog()
{
    if (!QTest::qWaitFor(
            [this] {
                SignInDialog *dialog = m_window->accountFlow()->signInDialog();
                return dialog && dialog->isVisible();
            },
            5000))
        return nullptr;
    return m_window->accountFlow()->signInDialog();
}

inline void AccountWindowFixture::submitKey(SignInDialog *dialog, const QString &key)
{
    auto *field = find<QLineEdit>(dialog, "apiKeyEdit");
    field->setFocus();
    QTest::keyClicks(field, key);
    QTest::mouseClick(find<QPushButton>(dialog, "signInButton"), Qt::LeftButton);
}

inline bool AccountWindowFixture::signInAndLoad(const QString &key)
{
    SignInDialog *dialog = waitForDialog();
    if (!dialog)
        return false;
    submitKey(dialog, key);
    return QTest::qWaitFor([this] { return !m_window->accountFlow()->signInDialog(); }, 20000) &&
           waitForData();
}

inline bool AccountWindowFixture::waitForData()
{
    return QTest::qWaitFor(
        [this] {
            const auto snapshot = m_state->snapshot();
            // Nothing else in flight either (the quota cards' change reads hours after the
            // snapshot): what a test then sees the window ask for is its own.
            return !m_state->isLoading() && snapshot && snapshot->query == m_state->query() &&
                   !m_state->isStale() && m_state->user() &&
                   m_client->findChildren<geobox::ApiJob *>().isEmpty();
        },
        20000);
}

inline QStringList AccountWindowFixture::secrets() const
{
    QStringList out = {m_sandbox.apiKey, m_sandbox.viewerKey, m_sandbox.password};
    for (const sandbox::SandboxApiKey &key : m_sandbox.server->data().apiKeys())
        out.append(QString::fromLatin1(key.key));
    return out;
}

inline void AccountWindowFixture::verifyNoSecretWritten()
{
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    const QByteArray stored = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    for (const QString &secret : secrets()) {
        // (Never QCOMPARE a secret: a failure would print it.)
        QVERIFY2(!stored.contains(secret.toUtf8()), "a secret was written to the settings file");
        for (const QString &key : settings.allKeys())
            QVERIFY2(!settings.value(key).toString().contains(secret), qPrintable(key));
        for (const QString &line : std::as_const(logged()))
            QVERIFY2(!line.contains(secret), "a secret appeared in the log");
    }
}

inline QString AccountWindowFixture::artifact(const QString &name) const
{
    QDir dir(QDir::currentPath());
    dir.mkpath(QStringLiteral("artifacts"));
    return dir.filePath(QStringLiteral("artifacts/") + name);
}

} // namespace testing
