#include "headerlabel.h"

#include <QEvent>

namespace geobox {

HeaderLabel::HeaderLabel(QWidget *parent)
    : QLabel(parent)
{}

void HeaderLabel::remember() const
{
    // QLabel's own answers, asked again only when the text is another one.
    if (m_sizeHint.isValid() && m_hintedText == text())
        return;
    m_hintedText = text();
    m_sizeHint = QLabel::sizeHint();
    m_minimumSizeHint = QLabel::minimumSizeHint();
}

QSize HeaderLabel::sizeHint() const
{
    remember();
    return m_sizeHint;
}

QSize HeaderLabel::minimumSizeHint() const
{
    remember();
    return m_minimumSizeHint;
}

void HeaderLabel::changeEvent(QEvent *event)
{
    // A new font, style, palette or direction may measure the same text otherwise.
    m_sizeHint = QSize();
    QLabel::changeEvent(event);
}

} // namespace geobox
