#include "signindialog.h"

#include "accountcontroller.h"
#include "dialogs/serverfield.h"
#include "theme.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace geobox {

namespace {

QLineEdit *secretEdit(QWidget *parent, const char *name, const QString &accessible)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setAccessibleName(accessible);
    edit->setEchoMode(QLineEdit::Password);
    edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    return edit;
}

} // namespace

SignInDialog::SignInDialog(AccountController *account, const QUrl &server, const QString &username,
                           QWidget *parent)
    : QDialog(parent)
    , m_account(account)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign In – Geobox Usage"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/geobox/icons/geobox-usage.svg")).pixmap(40, 40));
    icon->setAlignment(Qt::AlignTop);
    auto *heading = new QLabel(tr("Sign in to Geobox"), this);
    heading->setObjectName(QStringLiteral("signInHeading"));
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(13);
    headingFont.setWeight(QFont::DemiBold);
    heading->setFont(headingFont);
    m_subtitle = new QLabel(tr("See the API calls and traffic of your account and keys."), this);
    m_subtitle->setObjectName(QStringLiteral("signInSubtitle"));
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(heading);
    titles->addWidget(m_subtitle);
    auto *header = new QHBoxLayout;
    header->setSpacing(12);
    header->addWidget(icon);
    header->addLayout(titles, 1);

    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("signInReason"));
    m_reason->setWordWrap(true);
    m_reason->setAccessibleName(tr("Why sign in"));
    m_reason->hide();

    m_server = new ServerField(this);
    m_server->setUrl(server);
    m_keyChoice = new QRadioButton(tr("&API key"), this);
    m_keyChoice->setObjectName(QStringLiteral("apiKeyChoice"));
    m_keyChoice->setAccessibleName(tr("Sign in with an API key"));
    m_passwordChoice = new QRadioButton(tr("Username and &password"), this);
    m_passwordChoice->setObjectName(QStringLiteral("passwordChoice"));
    m_passwordChoice->setAccessibleName(tr("Sign in with a username and password"));
    auto *choices = new QButtonGroup(this);
    choices->addButton(m_keyChoice);
    choices->addButton(m_passwordChoice);
    auto *choiceRow = new QHBoxLayout;
    choiceRow->setSpacing(16);
    choiceRow->addWidget(m_keyChoice);
    choiceRow->addWidget(m_passwordChoice);
    choiceRow->addStretch(1);

    m_apiKey = secretEdit(this, "apiKeyEdit", tr("API key"));
    m_apiKey->setPlaceholderText(tr("Paste the key from your Geobox account"));
    m_username = new QLineEdit(username, this);
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_username->setAccessibleName(tr("Username"));
    m_password = secretEdit(this, "passwordEdit", tr("Password"));

    m_form = new QFormLayout;
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_form->setHorizontalSpacing(10);
    m_form->setVerticalSpacing(9);
    m_form->addRow(tr("&Server:"), m_server);
    m_form->addRow(tr("Sign in with:"), choiceRow);
    m_form->addRow(tr("API &key:"), m_apiKey);
    m_form->addRow(tr("&Username:"), m_username);
    m_form->addRow(tr("Pass&word:"), m_password);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("signInError"));
    m_error->setAccessibleName(tr("Sign-in problem"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    m_hint = new QLabel(tr("An API key or access token is kept in the system keychain. A "
                           "password is only exchanged for a token and is never saved."),
                        this);
    m_hint->setObjectName(QStringLiteral("signInHint"));
    m_hint->setWordWrap(true);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("signInBusy"));
    m_progress->setAccessibleName(tr("Signing in"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setFixedSize(80, 8);
    m_progress->hide();
    m_progressText = new QLabel(tr("Checking with the server…"), this);
    m_progressText->setObjectName(QStringLiteral("signInProgressText"));
    m_progressText->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_signIn = buttons->addButton(tr("Sign &In"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setAccessibleName(tr("Sign in"));
    m_signIn->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_progress);
    bottom->addWidget(m_progressText);
    bottom->addStretch(1);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->setSpacing(12);
    layout->addLayout(header);
    layout->addWidget(m_reason);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(m_hint);
    layout->addSpacing(4);
    layout->addLayout(bottom);
    setMinimumWidth(500);
    applyTheme();

    connect(m_keyChoice, &QRadioButton::toggled, this, [this](bool key) { usePassword(!key); });
    for (QLineEdit *edit : {static_cast<QLineEdit *>(m_server), m_apiKey, m_username, m_password})
        connect(edit, &QLineEdit::textChanged, this, &SignInDialog::updateButtons);
    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    connect(m_account, &AccountController::signInFailed, this, &SignInDialog::failed);
    connect(m_account, &AccountController::signedIn, this, &SignInDialog::succeeded);
    connect(m_account, &AccountController::savingSignIn, this, [this] {
        if (m_busy) // this dialog's sign-in: the key works, the keychain is next
            m_progressText->setText(tr("Saving in the system keychain…"));
    });

    m_keyChoice->setChecked(true);
    usePassword(false);
    (m_server->text().isEmpty() ? static_cast<QWidget *>(m_server) : m_apiKey)->setFocus();
}

void SignInDialog::applyTheme()
{
    // No style sheet on the dialog: it would stop it from following a change of palette.
    const QPalette pal = palette();
    const QColor muted = Theme::mutedText(pal);
    for (QLabel *label : {m_subtitle, m_hint, m_progressText})
        Theme::setTextColor(label, muted);
    Theme::setTextColor(m_error, Theme::levelText(Theme::Level::Alarm, pal));
    const Theme::ToneColors info = Theme::tone(Theme::Tone::Info, pal);
    const QString reason =
        QStringLiteral("background: %1; border: 1px solid %2; border-radius: 6px; color: %3;"
                       " padding: 8px 10px;")
            .arg(Theme::css(info.background), Theme::css(info.border), Theme::css(info.text));
    if (m_reason->styleSheet() != reason)
        m_reason->setStyleSheet(reason);
}

void SignInDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}

void SignInDialog::setServer(const QUrl &server)
{
    if (!m_busy)
        m_server->setUrl(server);
}

void SignInDialog::setReason(const QString &reason)
{
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
    adjustSize();
}

QString SignInDialog::reason() const
{
    return m_reason->text();
}

QString SignInDialog::errorText() const
{
    return m_error->text();
}

void SignInDialog::usePassword(bool password)
{
    showError({}); // it was about the other way in
    m_form->setRowVisible(m_apiKey, !password);
    m_form->setRowVisible(m_username, password);
    m_form->setRowVisible(m_password, password);
    QLineEdit *first = password && !m_username->text().isEmpty() ? m_password
                       : password                                ? m_username
                                                                 : m_apiKey;
    if (isVisible())
        first->setFocus();
    updateButtons();
}

void SignInDialog::updateButtons()
{
    const bool filled = m_passwordChoice->isChecked() ? !m_username->text().trimmed().isEmpty() &&
                                                            !m_password->text().isEmpty()
                                                      : !m_apiKey->text().trimmed().isEmpty();
    m_signIn->setEnabled(!m_busy && filled && !m_server->text().trimmed().isEmpty());
}

void SignInDialog::submit()
{
    if (m_busy || !m_signIn->isEnabled())
        return;
    showError({});
    // Refused here, before anything is sent: a key never goes out in clear text.
    if (const std::optional<ApiError> problem = m_server->problem()) {
        showError(problem->message());
        m_server->setFocus();
        return;
    }
    const Credentials credentials =
        m_passwordChoice->isChecked()
            ? Credentials::usernamePassword(m_username->text().trimmed(), m_password->text())
            : Credentials::apiKey(m_apiKey->text().trimmed());
    setBusy(true);
    m_account->signIn(m_server->url(), credentials); // may fail at once
}

void SignInDialog::failed(const ApiError &error)
{
    if (!m_busy)
        return; // not this dialog's sign-in
    setBusy(false);
    QLineEdit *secret = m_passwordChoice->isChecked() ? m_password : m_apiKey;
    if (error.kind() == ApiError::Kind::Authentication)
        secret->setText(QString()); // refused: type it again (setText also drops the undo history)
    showError(error.message());
    (error.kind() == ApiError::Kind::InsecureUrl ? static_cast<QWidget *>(m_server) : secret)
        ->setFocus();
}

void SignInDialog::succeeded()
{
    if (!m_busy)
        return;
    setBusy(false);
    clearSecrets();
    accept();
}

void SignInDialog::reject()
{
    if (m_busy) {
        m_busy = false;
        m_account->cancelSignIn();
    }
    clearSecrets();
    QDialog::reject();
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_progressText->setVisible(busy);
    if (busy)
        m_progressText->setText(tr("Checking with the server…"));
    for (QWidget *w : std::initializer_list<QWidget *>{m_server, m_keyChoice, m_passwordChoice,
                                                       m_apiKey, m_username, m_password})
        w->setEnabled(!busy);
    updateButtons();
}

void SignInDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    setAccessibleDescription(message);
}

void SignInDialog::clearSecrets()
{
    m_apiKey->setText(QString());
    m_password->setText(QString());
}

} // namespace geobox
