// Sign-in and the Account menu, as real widgets (offscreen), against
// geobox-sandbox over real HTTP on 127.0.0.1 and the real AccountController:
// a good key, a refused one, a username and password, an insecure address,
// Sign In Again… after a 401, Sign Out, Switch Account, demo mode, and
// screenshots. Without a Secret Service every sign-in is for the session only.

#include "accountwindowfixture.h"
#include "settle.h"

#include <QTimer>

using namespace geobox;

class TestSignInDialog final : public QObject, private testing::AccountWindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(startSandbox("tst_signindialog")); }
    void init() { openFixture(); }
    void cleanup() { closeFixture(); }

    void needsSignInOpensDialog();
    void goodKeyAccepted();
    void badKeyRefused();
    void cancelWhileSavingWins();
    void usernamePasswordAccepted();
    void insecureUrlRefusedBeforeAnyRequest();
    void unauthorizedOffersSignInAgain();
    void signOutAsksFirstAndClears();
    void switchAccount();
    void demoHasNoAccountMenu();
    void screenshot();
};

void TestSignInDialog::needsSignInOpensDialog()
{
    SignInDialog *dialog = waitForDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isModal());
    QCOMPARE(dialog->reason(), QStringLiteral("Sign in to 127.0.0.1 to see your usage."));
    QVERIFY(find<QLabel>(dialog, "signInReason")->isVisible());
    QCOMPARE(find<QLineEdit>(dialog, "serverEdit")->text(),
             QStringLiteral("http://127.0.0.1:%1").arg(m_sandbox.port));
    QCOMPARE(find<QLineEdit>(dialog, "apiKeyEdit")->echoMode(), QLineEdit::Password);
    QCOMPARE(find<QLineEdit>(dialog, "passwordEdit")->echoMode(), QLineEdit::Password);
    QVERIFY(find<QRadioButton>(dialog, "apiKeyChoice")->isChecked());
    QVERIFY(!find<QLineEdit>(dialog, "passwordEdit")->isVisible());

    // Sign In waits for the fields: the key, or both username and password.
    auto *signIn = find<QPushButton>(dialog, "signInButton");
    QVERIFY(!signIn->isEnabled());
    QTest::keyClicks(find<QLineEdit>(dialog, "apiKeyEdit"), QStringLiteral("x"));
    QVERIFY(signIn->isEnabled());
    QTest::mouseClick(find<QRadioButton>(dialog, "passwordChoice"), Qt::LeftButton);
    QVERIFY(find<QLineEdit>(dialog, "passwordEdit")->isVisible());
    QVERIFY(!find<QLineEdit>(dialog, "apiKeyEdit")->isVisible());
    QVERIFY(!signIn->isEnabled());
    QTest::keyClicks(find<QLineEdit>(dialog, "usernameEdit"), QStringLiteral("ana"));
    QVERIFY(!signIn->isEnabled());
    QTest::keyClicks(find<QLineEdit>(dialog, "passwordEdit"), QStringLiteral("p"));
    QVERIFY(signIn->isEnabled());

    // Signed out: the title says where, the menu offers only Sign In, nothing was sent.
    QCOMPARE(m_window->windowTitle(), serverLabel());
    AccountFlow *flow = m_window->accountFlow();
    QVERIFY(flow->signInAction()->isVisible());
    QVERIFY(!flow->switchAction()->isVisible());
    QVERIFY(!flow->signOutAction()->isVisible());
    QVERIFY(m_window->menuBar()->findChild<QMenu *>(QStringLiteral("accountMenu")));
    QVERIFY(m_sandbox.server->requests().isEmpty());
    QVERIFY(!find<ResourcePicker>(m_window.get(), "resourcePicker")->isEnabled());

    // Cancel closes it; Sign In… opens it again.
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!m_window->accountFlow()->signInDialog());
    QVERIFY(!m_account->isSignedIn());
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(waitForDialog());
}

void TestSignInDialog::goodKeyAccepted()
{
    QSignalSpy problems(m_account.get(), &AccountController::keychainProblem);
    SignInDialog *dialog = waitForDialog();
    QVERIFY(dialog);
    QPointer<QLineEdit> keyField = find<QLineEdit>(dialog, "apiKeyEdit");
    bool keyClearedOnAccept = false;
    connect(dialog, &QDialog::accepted, this,
            [&keyClearedOnAccept, keyField] { keyClearedOnAccept = keyField->text().isEmpty(); });
    submitKey(dialog, m_sandbox.apiKey);
    // Busy while the server checks: the fields and Sign In are off, the bar runs.
    QVERIFY(dialog->isBusy());
    QVERIFY(!find<QPushButton>(dialog, "signInButton")->isEnabled());
    QVERIFY(!keyField->isEnabled());
    QVERIFY(find<QProgressBar>(dialog, "signInBusy")->isVisible());

    QTRY_VERIFY_WITH_TIMEOUT(!m_window->accountFlow()->signInDialog(), 20000);
    QVERIFY(keyClearedOnAccept);
    QVERIFY(waitForData());
    const sandbox::SandboxUser &me = m_sandbox.server->data().mainUser();
    QCOMPARE(m_window->windowTitle(), QStringLiteral("%1@%2").arg(me.username, serverLabel()));
    QCOMPARE(m_state->user()->id, me.id);
    QCOMPARE(m_state->query().resource.kind, Resource::Kind::Account);
    QVERIFY(find<UsageTableView>(m_window.get(), "usageTable")->usageModel()->rowCount() > 0);
    QVERIFY(m_sandbox.server->requestCount(QStringLiteral("users/me")) >= 1);

    // No Secret Service: said plainly, and the key works for this session only.
    QCOMPARE(problems.count(), 1);
    QCOMPARE(m_account->source(), AccountController::Source::SessionOnly);
    auto *notice = find<NoticeBanner>(m_window.get(), "noticeBanner");
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QStringLiteral("keychain")), qPrintable(notice->text()));
    QCOMPARE(notice->text(), problems.first().first().toString());
    // Nothing about the account was kept either (there is no keychain entry to find).
    QVERIFY(Preferences().account(m_sandbox.url()).isEmpty());

    AccountFlow *flow = m_window->accountFlow();
    QVERIFY(!flow->signInAction()->isVisible());
    QVERIFY(flow->switchAction()->isVisible());
    QVERIFY(flow->signOutAction()->isVisible());
    testing::settle();
    QVERIFY(m_window->grab().save(artifact(QStringLiteral("signed-in.png"))));
}

void TestSignInDialog::cancelWhileSavingWins()
{
    SignInDialog *dialog = waitForDialog();
    QVERIFY(dialog);
    QSignalSpy signedIn(m_account.get(), &AccountController::signedIn);
    QSignalSpy saving(m_account.get(), &AccountController::savingSignIn);
    auto *progress = find<QLabel>(dialog, "signInProgressText");
    QVERIFY(progress);
    QString savingText;
    // Cancel (Esc) once the server has accepted the key and the keychain write has been
    // sent (queued: right after it), before the keychain answers: that late answer must
    // not sign in.
    connect(
        m_account.get(), &AccountController::savingSignIn, dialog, [&savingText, progress, dialog] {
            savingText = progress->text();
            QTimer::singleShot(0, dialog, [dialog] { QTest::keyClick(dialog, Qt::Key_Escape); });
        });
    submitKey(dialog, m_sandbox.apiKey);
    QTRY_VERIFY_WITH_TIMEOUT(saving.count() == 1, 20000);
    QCOMPARE(savingText, QStringLiteral("Saving in the system keychain…"));
    QTRY_VERIFY(!m_window->accountFlow()->signInDialog());
    // The keychain answers after the cancel; wait for that answer, then look.
    QTRY_VERIFY_WITH_TIMEOUT(!m_account->isSigningIn(), 10000);
    QCOMPARE(signedIn.count(), 0);
    QVERIFY(!m_account->isSignedIn());
    QCOMPARE(m_account->source(), AccountController::Source::None);
    QVERIFY(!m_account->user());
    QVERIFY(m_client->credentials().isEmpty());
    QCOMPARE(m_window->windowTitle(), serverLabel());
    QVERIFY(!m_state->user());
    QCOMPARE(m_sandbox.server->requestCount(QStringLiteral("apikeys/")), 0);
    QVERIFY(Preferences().account(m_sandbox.url()).isEmpty());
    QVERIFY(!m_window->accountFlow()->switchAction()->isVisible());

    // Sign In… again, not cancelled this time, signs in.
    m_window->accountFlow()->openSignIn();
    QVERIFY(signInAndLoad(m_sandbox.apiKey));
    QCOMPARE(signedIn.count(), 1);
    QVERIFY(m_account->isSignedIn());
}

void TestSignInDialog::badKeyRefused()
{
    QSignalSpy signedIn(m_account.get(), &AccountController::signedIn);
    SignInDialog *dialog = waitForDialog();
    QVERIFY(dialog);
    submitKey(dialog, testing::randomSecret());
    auto *error = find<QLabel>(dialog, "signInError");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 20000);
    const QString text = dialog->errorText();
    QVERIFY2(text.contains(QStringLiteral("401")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Invalid API key")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("users/me")), qPrintable(text));
    QCOMPARE(error->palette().color(QPalette::WindowText), QColor(0xb3, 0x26, 0x1e)); // red

    // Still open, not busy, the refused key gone; nothing changed.
    QVERIFY(dialog->isVisible());
    QCOMPARE(m_window->accountFlow()->signInDialog(), dialog);
    QVERIFY(!dialog->isBusy());
    QVERIFY(find<QLineEdit>(dialog, "apiKeyEdit")->text().isEmpty());
    QVERIFY(!find<QPushButton>(dialog, "signInButton")->isEnabled());
    QCOMPARE(signedIn.count(), 0);
    QVERIFY(!m_account->isSignedIn());
    QCOMPARE(m_window->windowTitle(), serverLabel());

    // The right key then works from the same dialog, and the error goes.
    submitKey(dialog, m_sandbox.apiKey);
    QVERIFY(!error->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->accountFlow()->signInDialog(), 20000);
    QVERIFY(waitForData());
}

void TestSignInDialog::usernamePasswordAccepted()
{
    SignInDialog *dialog = waitForDialog();
    QVERIFY(dialog);
    QTest::mouseClick(find<QRadioButton>(dialog, "passwordChoice"), Qt::LeftButton);
    QTest::keyClicks(find<QLineEdit>(dialog, "usernameEdit"), m_sandbox.username);
    QPointer<QLineEdit> password = find<QLineEdit>(dialog, "passwordEdit");
    QTest::keyClicks(password, m_sandbox.password);
    bool passwordCleared = false;
    connect(dialog, &QDialog::accepted, this,
            [&passwordCleared, password] { passwordCleared = password->text().isEmpty(); });
    QTest::keyClick(password, Qt::Key_Return); // Sign In is the default button
    QVERIFY(dialog->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->accountFlow()->signInDialog(), 20000);
    QVERIFY(passwordCleared);
    QVERIFY(waitForData());
    QVERIFY(m_sandbox.server->requestCount(QStringLiteral("auth/token")) >= 1);
    QCOMPARE(
        m_window->windowTitle(),
        QStringLiteral("%1@%2").arg(m_sandbox.server->data().mainUser().username, serverLabel()));
    // The password was exchanged for a token; the client holds the token, never the password.
    QCOMPARE(m_client->credentials().kind(), Credentials::Kind::AccessToken);
    QCOMPARE(m_account->source(), AccountController::Source::SessionOnly);
}

void TestSignInDialog::insecureUrlRefusedBeforeAnyRequest()
{
    SignInDialog *dialog = waitForDialog();
    QVERIFY(dialog);
    auto *server = find<QLineEdit>(dialog, "serverEdit");
    server->selectAll();
    QTest::keyClicks(server, QStringLiteral("http://example.invalid"));
    submitKey(dialog, m_sandbox.apiKey);
    const std::optional<ApiError> policy =
        checkServerUrl(QUrl(QStringLiteral("http://example.invalid")));
    QVERIFY(policy);
    QCOMPARE(dialog->errorText(), policy->message());
    QVERIFY2(dialog->errorText().contains(QStringLiteral("https://example.invalid")),
             qPrintable(dialog->errorText()));
    QVERIFY(find<QLabel>(dialog, "signInError")->isVisible());
    QVERIFY(!dialog->isBusy());
    QVERIFY(dialog->isVisible());
    // Nothing was sent anywhere (no call exists that could still send), and nothing changed.
    QTRY_VERIFY_WITH_TIMEOUT(m_client->findChildren<ApiJob *>().isEmpty(), 10000);
    QVERIFY(m_sandbox.server->requests().isEmpty());
    QVERIFY(!m_account->isSignedIn());
    QCOMPARE(m_client->config().host, m_sandbox.url());
    // The key was not used, so it stays for the corrected address.
    QVERIFY(!find<QLineEdit>(dialog, "apiKeyEdit")->text().isEmpty());
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(server));
}

void TestSignInDialog::unauthorizedOffersSignInAgain()
{
    QVERIFY(signInAndLoad(m_sandbox.apiKey));
    auto *banner = find<ErrorBanner>(m_window.get(), "errorBanner");
    auto *again = find<QPushButton>(banner, "signInAgainButton");
    QVERIFY(!again->isVisible());

    QVERIFY(m_sandbox.server->addFault(QStringLiteral("usage/api=status:401")));
    find<ScaleSelector>(m_window.get(), "scaleSelector")->actions().at(3)->trigger(); // Month
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
    QVERIFY2(banner->text().contains(QStringLiteral("401")), qPrintable(banner->text()));
    QVERIFY(again->isVisible());
    QCOMPARE(again->text(), QStringLiteral("Sign In A&gain…"));
    QVERIFY(banner->offersSignIn());
    testing::settle();
    QVERIFY(m_window->grab().save(artifact(QStringLiteral("sign-in-again.png"))));
    // Nothing is deleted: still signed in until the user says otherwise.
    QVERIFY(m_account->isSignedIn());

    m_sandbox.server->clearFaults();
    QTest::mouseClick(again, Qt::LeftButton);
    SignInDialog *dialog = waitForDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->reason().contains(QStringLiteral("refused")));
    submitKey(dialog, m_sandbox.apiKey);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->accountFlow()->signInDialog(), 20000);
    QVERIFY(waitForData());
    QTRY_VERIFY(!banner->isVisible());
    QCOMPARE(m_state->query().scale, Scale::Month);

    // A 503 is not a sign-in problem: Retry only.
    QVERIFY(m_sandbox.server->addFault(QStringLiteral("usage/api=status:503")));
    find<ScaleSelector>(m_window.get(), "scaleSelector")->actions().at(1)->trigger(); // Day
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
    QVERIFY(!again->isVisible());
    m_sandbox.server->clearFaults();
}

void TestSignInDialog::signOutAsksFirstAndClears()
{
    QVERIFY(signInAndLoad(m_sandbox.apiKey));
    AccountFlow *flow = m_window->accountFlow();

    // Asked first; Cancel changes nothing.
    flow->signOutAction()->trigger();
    QPointer<QMessageBox> question = flow->signOutQuestion();
    QVERIFY(question);
    QTRY_VERIFY(question->isVisible());
    QVERIFY(question->text().contains(m_sandbox.server->data().mainUser().username));
    QTest::mouseClick(question->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!question);
    QVERIFY(m_account->isSignedIn());

    flow->signOutAction()->trigger();
    question = flow->signOutQuestion();
    QVERIFY(question);
    QTest::mouseClick(find<QPushButton>(question.data(), "confirmSignOutButton"), Qt::LeftButton);
    QTRY_VERIFY(!m_account->isSignedIn());

    // Nothing of the account stays on screen, and the sign-in dialog asks again.
    auto *picker = find<ResourcePicker>(m_window.get(), "resourcePicker");
    QCOMPARE(picker->count(), 1);
    QCOMPARE(picker->currentText(), QStringLiteral("Signed out"));
    QVERIFY(!picker->isEnabled());
    QCOMPARE(find<UsageTableView>(m_window.get(), "usageTable")->usageModel()->rowCount(), 0);
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("exportAction"))->isEnabled());
    QVERIFY(!find<NoticeBanner>(m_window.get(), "noticeBanner")->isVisible());
    QCOMPARE(m_window->windowTitle(), serverLabel());
    QVERIFY(m_window->exportCsvTo(QDir::temp().filePath(QStringLiteral("x.csv"))).has_value());
    SignInDialog *dialog = waitForDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->reason().contains(QStringLiteral("signed out")));
    QVERIFY(flow->signInAction()->isVisible());
    QVERIFY(!flow->signOutAction()->isVisible());

    // And signing in again brings it all back.
    submitKey(dialog, m_sandbox.apiKey);
    QTRY_VERIFY_WITH_TIMEOUT(!flow->signInDialog(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(picker->isEnabled(), 20000);
    QVERIFY(waitForData());
    QVERIFY(find<UsageTableView>(m_window.get(), "usageTable")->usageModel()->rowCount() > 0);
}

void TestSignInDialog::switchAccount()
{
    QVERIFY(signInAndLoad(m_sandbox.apiKey));
    const sandbox::SandboxData &data = m_sandbox.server->data();
    m_window->accountFlow()->switchAction()->trigger();
    SignInDialog *dialog = waitForDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->windowTitle().startsWith(QStringLiteral("Switch Account")));
    // While the other account loads, nothing of the first one is on screen: looked at the
    // moment the sign-in lands (this runs after the window's own slot), not after a guess
    // of how long loading takes.
    auto *picker = find<ResourcePicker>(m_window.get(), "resourcePicker");
    QString pickerWhileLoading;
    int rowsWhileLoading = -1;
    connect(m_account.get(), &AccountController::signedIn, this, [&] {
        pickerWhileLoading = picker->currentText();
        rowsWhileLoading =
            find<UsageTableView>(m_window.get(), "usageTable")->usageModel()->rowCount();
    });
    submitKey(dialog, m_sandbox.viewerKey);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->accountFlow()->signInDialog(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(rowsWhileLoading >= 0, 20000);
    QCOMPARE(pickerWhileLoading, QStringLiteral("Loading account…"));
    QCOMPARE(rowsWhileLoading, 0);
    QTRY_VERIFY_WITH_TIMEOUT(m_state->user() && m_state->user()->id == data.otherUser().id, 20000);
    QVERIFY(waitForData());
    QCOMPARE(m_state->user()->id, data.otherUser().id);
    QCOMPARE(m_window->windowTitle(),
             QStringLiteral("%1@%2").arg(data.otherUser().username, serverLabel()));
    QCOMPARE(m_state->query().resource.userId, data.otherUser().id);
    // The picker lists the new account's keys, not the old one's.
    const QList<sandbox::SandboxApiKey> keys = data.apiKeysOf(data.otherUser().id);
    QCOMPARE(picker->resources().size(), keys.size() + 1);
}

void TestSignInDialog::demoHasNoAccountMenu()
{
    MainWindow demo(m_state.get(), m_account.get(), m_settings.get(), QStringLiteral("demo.local"),
                    true);
    QCOMPARE(demo.windowTitle(), QStringLiteral("Demo – demo.local"));
    QVERIFY(!demo.accountFlow());
    QVERIFY(!demo.menuBar()->findChild<QMenu *>(QStringLiteral("accountMenu")));
    QVERIFY(demo.settingsFlow()); // Settings stays
}

void TestSignInDialog::screenshot()
{
    SignInDialog *dialog = waitForDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    testing::settle();
    const QString path = artifact(QStringLiteral("signin.png"));
    QFile::remove(path);
    QVERIFY(dialog->grab().save(path));
    const QImage image(path);
    QVERIFY(!image.isNull());
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));

    // The refused state too, for a look at the inline error.
    submitKey(dialog, testing::randomSecret());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->errorText().isEmpty(), 20000);
    testing::settle();
    QVERIFY(dialog->grab().save(artifact(QStringLiteral("signin-error.png"))));
    QTest::mouseClick(find<QRadioButton>(dialog, "passwordChoice"), Qt::LeftButton);
    testing::settle();
    QVERIFY(dialog->grab().save(artifact(QStringLiteral("signin-password.png"))));
}

QTEST_MAIN(TestSignInDialog)
#include "tst_signindialog.moc"
