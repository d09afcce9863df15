#include "errorbanner.h"

#include "formatting.h"
#include "theme.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPainter>
#include <QPushButton>

namespace geobox {

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("errorBanner"));
    setAccessibleName(tr("Error"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 8, 6);
    layout->setSpacing(10);
    m_icon = new QLabel(this);
    m_icon->setAccessibleName(tr("Error"));
    m_icon->setPixmap(QIcon(QStringLiteral(":/geobox/icons/warning.svg")).pixmap(18, 18));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("errorText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry = new QPushButton(tr("&Retry"), this);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->setAccessibleName(tr("Retry"));
    m_signIn = new QPushButton(tr("Sign In A&gain…"), this);
    m_signIn->setObjectName(QStringLiteral("signInAgainButton"));
    m_signIn->setAccessibleName(tr("Sign in again"));
    m_signIn->hide();
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_signIn);
    layout->addWidget(m_retry);
    connect(m_retry, &QPushButton::clicked, this, &ErrorBanner::retryRequested);
    connect(m_signIn, &QPushButton::clicked, this, &ErrorBanner::signInRequested);
    applyTheme();
    hide();
}

void ErrorBanner::showError(const QString &message, const QDateTime &dataFrom, bool offerSignIn)
{
    QString text = message.trimmed();
    while (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    text = dataFrom.isValid()
               ? tr("%1. Showing data from %2.").arg(text, Formatting::clockTime(dataFrom))
               : tr("%1.").arg(text);
    m_text->setText(text);
    setAccessibleDescription(text);
    m_signIn->setVisible(offerSignIn);
    show();
    // Said by a screen reader when it appears, wherever the focus is.
    QAccessibleEvent alert(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

void ErrorBanner::applyTheme()
{
    const Theme::ToneColors colors = Theme::tone(Theme::Tone::Error, palette());
    for (QLabel *label : findChildren<QLabel *>(Qt::FindDirectChildrenOnly))
        Theme::setTextColor(label, colors.text);
    update();
}

void ErrorBanner::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event);
    QPainter painter(this);
    const Theme::ToneColors colors = Theme::tone(Theme::Tone::Error, palette());
    Theme::paintPanel(painter, rect(), colors.background, colors.border, 1.0, 6);
}

void ErrorBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}

void ErrorBanner::clear()
{
    m_text->clear();
    setAccessibleDescription(QString());
    m_signIn->hide();
    hide();
}

QString ErrorBanner::text() const
{
    return m_text->text();
}

bool ErrorBanner::offersSignIn() const
{
    return !m_signIn->isHidden();
}

} // namespace geobox
