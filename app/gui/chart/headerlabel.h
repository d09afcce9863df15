#pragma once
// HeaderLabel: the rich-text figures line above a chart. A QLabel that works out its
// size hints once per text: QLabel lays its rich text out anew for every sizeHint() and
// minimumSizeHint() the layouts ask for (ten or so an update, with a stack's legend of
// eleven parts), though the answer stays the same until the text, the font or the style
// changes.

#include <QLabel>

namespace geobox {

class HeaderLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeaderLabel)

public:
    explicit HeaderLabel(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    // The hints QLabel gave for m_hintedText; empty: not asked yet.
    mutable QString m_hintedText;
    mutable QSize m_sizeHint;
    mutable QSize m_minimumSizeHint;
    void remember() const;
};

} // namespace geobox
