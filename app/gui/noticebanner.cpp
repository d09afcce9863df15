#include "noticebanner.h"

#include "theme.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPainter>
#include <QPushButton>

namespace geobox {

NoticeBanner::NoticeBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("noticeBanner"));
    setAccessibleName(tr("Notice"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 8, 6);
    layout->setSpacing(10);
    auto *icon = new QLabel(this);
    icon->setAccessibleName(tr("Notice"));
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
    applyTheme();
    hide();
}

void NoticeBanner::showNotice(const QString &message)
{
    m_text->setText(message);
    setAccessibleDescription(message);
    setVisible(!message.isEmpty());
    if (!message.isEmpty()) {
        QAccessibleEvent alert(this, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}

void NoticeBanner::applyTheme()
{
    const Theme::ToneColors colors = Theme::tone(Theme::Tone::Notice, palette());
    for (QLabel *label : findChildren<QLabel *>(Qt::FindDirectChildrenOnly))
        Theme::setTextColor(label, colors.text);
    update();
}

void NoticeBanner::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event);
    QPainter painter(this);
    const Theme::ToneColors colors = Theme::tone(Theme::Tone::Notice, palette());
    Theme::paintPanel(painter, rect(), colors.background, colors.border, 1.0, 6);
}

void NoticeBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}

void NoticeBanner::clear()
{
    m_text->clear();
    setAccessibleDescription(QString());
    hide();
}

QString NoticeBanner::text() const
{
    return m_text->text();
}

} // namespace geobox
