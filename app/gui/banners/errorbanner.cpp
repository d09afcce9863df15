#include "errorbanner.h"

#include "formatting.h"

#include <QPushButton>

namespace geobox {

ErrorBanner::ErrorBanner(QWidget *parent)
    : Banner(Theme::Tone::Error, tr("Error"), QStringLiteral("errorText"), parent)
{
    setObjectName(QStringLiteral("errorBanner"));
    m_signIn = new QPushButton(tr("Sign In A&gain…"), this);
    m_signIn->setObjectName(QStringLiteral("signInAgainButton"));
    m_signIn->setAccessibleName(tr("Sign in again"));
    m_signIn->hide();
    m_retry = new QPushButton(tr("&Retry"), this);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->setAccessibleName(tr("Retry"));
    addButton(m_signIn);
    addButton(m_retry);
    connect(m_retry, &QPushButton::clicked, this, &ErrorBanner::retryRequested);
    connect(m_signIn, &QPushButton::clicked, this, &ErrorBanner::signInRequested);
}

void ErrorBanner::showError(const QString &message, const QDateTime &dataFrom, bool offerSignIn,
                            bool offerRetry)
{
    QString text = message.trimmed();
    while (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    text = dataFrom.isValid()
               ? tr("%1. Showing data from %2.").arg(text, Formatting::clockTime(dataFrom))
               : tr("%1.").arg(text);
    m_signIn->setVisible(offerSignIn);
    m_retry->setVisible(offerRetry);
    say(text);
}

void ErrorBanner::clear()
{
    m_signIn->hide();
    hideText();
}

bool ErrorBanner::offersSignIn() const
{
    return !m_signIn->isHidden();
}

bool ErrorBanner::offersRetry() const
{
    return !m_retry->isHidden();
}

} // namespace geobox
