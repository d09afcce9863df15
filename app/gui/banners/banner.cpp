#include "banner.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPainter>
#include <QPushButton>

namespace geobox {

Banner::Banner(Theme::Tone tone, const QString &name, const QString &textObjectName,
               QWidget *parent)
    : QFrame(parent)
    , m_tone(tone)
{
    setAccessibleName(name);
    m_layout = new QHBoxLayout(this);
    m_layout->setContentsMargins(12, 6, 8, 6);
    m_layout->setSpacing(10);
    auto *icon = new QLabel(this);
    icon->setAccessibleName(name);
    icon->setPixmap(QIcon(QStringLiteral(":/geobox/icons/warning.svg")).pixmap(18, 18));
    m_text = new QLabel(this);
    m_text->setObjectName(textObjectName);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_layout->addWidget(icon);
    m_layout->addWidget(m_text, 1);
    applyTheme();
    hide();
}

QString Banner::text() const
{
    return m_text->text();
}

void Banner::addButton(QPushButton *button)
{
    m_layout->addWidget(button);
}

void Banner::say(const QString &text)
{
    m_text->setText(text);
    setAccessibleDescription(text);
    setVisible(!text.isEmpty());
    if (!text.isEmpty()) {
        // Said by a screen reader when it appears, wherever the focus is.
        QAccessibleEvent alert(this, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}

void Banner::hideText()
{
    m_text->clear();
    setAccessibleDescription(QString());
    hide();
}

void Banner::applyTheme()
{
    const Theme::ToneColors colors = Theme::tone(m_tone, palette());
    for (QLabel *label : findChildren<QLabel *>(Qt::FindDirectChildrenOnly))
        Theme::setTextColor(label, colors.text);
    update();
}

void Banner::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event);
    QPainter painter(this);
    const Theme::ToneColors colors = Theme::tone(m_tone, palette());
    Theme::paintPanel(painter, rect(), colors.background, colors.border, 1.0, 6);
}

void Banner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}

} // namespace geobox
