#include "errorbanner.h"

#include "formatting.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>

namespace geobox {

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("errorBanner"));
    setAccessibleName(tr("Error"));
    setStyleSheet(QStringLiteral("#errorBanner { background: #fdecea; border: 1px solid #f3b4ae;"
                                 " border-radius: 6px; }"
                                 "#errorBanner QLabel { color: #8e1b12; }"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 8, 6);
    layout->setSpacing(10);
    m_icon = new QLabel(this);
    m_icon->setPixmap(QIcon(QStringLiteral(":/geobox/icons/warning.svg")).pixmap(18, 18));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("errorText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry = new QPushButton(tr("&Retry"), this);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->setAccessibleName(tr("Retry"));
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry);
    connect(m_retry, &QPushButton::clicked, this, &ErrorBanner::retryRequested);
    hide();
}

void ErrorBanner::showError(const QString &message, const QDateTime &dataFrom)
{
    QString text = message.trimmed();
    while (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    text = dataFrom.isValid()
               ? tr("%1. Showing data from %2.").arg(text, Formatting::clockTime(dataFrom))
               : tr("%1.").arg(text);
    m_text->setText(text);
    setAccessibleDescription(text);
    show();
}

void ErrorBanner::clear()
{
    m_text->clear();
    hide();
}

QString ErrorBanner::text() const
{
    return m_text->text();
}

} // namespace geobox
