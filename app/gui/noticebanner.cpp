#include "noticebanner.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>

namespace geobox {

NoticeBanner::NoticeBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("noticeBanner"));
    setAccessibleName(tr("Notice"));
    setStyleSheet(QStringLiteral("#noticeBanner { background: #fff6db; border: 1px solid #f0d58a;"
                                 " border-radius: 6px; }"
                                 "#noticeBanner QLabel { color: #6b4a00; }"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 8, 6);
    layout->setSpacing(10);
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/geobox/icons/warning.svg")).pixmap(18, 18));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("noticeText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *dismiss = new QPushButton(tr("&Dismiss"), this);
    dismiss->setObjectName(QStringLiteral("noticeDismiss"));
    dismiss->setAccessibleName(tr("Dismiss notice"));
    layout->addWidget(icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(dismiss);
    connect(dismiss, &QPushButton::clicked, this, &NoticeBanner::clear);
    hide();
}

void NoticeBanner::showNotice(const QString &message)
{
    m_text->setText(message);
    setAccessibleDescription(message);
    setVisible(!message.isEmpty());
}

void NoticeBanner::clear()
{
    m_text->clear();
    hide();
}

QString NoticeBanner::text() const
{
    return m_text->text();
}

} // namespace geobox
