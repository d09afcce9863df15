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
    auto *retry = new QPushButton(tr("&Retry"), this);
    retry->setObjectName(QStringLiteral("retryButton"));
    retry->setAccessibleName(tr("Retry"));
    addButton(m_signIn);
    addButton(retry);
    connect(retry, &QPushButton::clicked, this, &ErrorBanner::retryRequested);
    connect(m_signIn, &QPushButton::clicked, this, &ErrorBanner::signInRequested);
}

void ErrorBanner::showError(const QString &message, const QDateTime &dataFrom, bool offerSignIn)
{
    QString text = message.trimmed();
    while (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    text = dataFrom.isValid()
               ? tr("%1. Showing data from %2.").arg(text, Formatting::clockTime(dataFrom))
               : tr("%1.").arg(text);
    m_signIn->setVisible(offerSignIn);
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

} // namespace geobox
