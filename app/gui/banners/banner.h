#pragma once
// Banner: a strip across the window that says something: a warning icon, the
// text (wrapped, selectable), then buttons. It is hidden until there is
// something to say, a screen reader is alerted when it appears, and its colours
// are a tone of the palette (they follow a switch to a dark palette).
// ErrorBanner and NoticeBanner are its two kinds.

#include "theme.h"

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace geobox {

class Banner : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Banner)

public:
    QString text() const;

protected:
    // name: what a screen reader calls the strip and its icon ("Error").
    // textObjectName: the object name of the text label, for tests.
    Banner(Theme::Tone tone, const QString &name, const QString &textObjectName,
           QWidget *parent = nullptr);

    // Adds a button at the end of the strip, after those added before.
    void addButton(QPushButton *button);
    // Shows the strip with `text` and alerts a screen reader; empty text hides it.
    void say(const QString &text);
    // Hides the strip and forgets its text.
    void hideText();

    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void applyTheme();

    Theme::Tone m_tone;
    QHBoxLayout *m_layout = nullptr;
    QLabel *m_text = nullptr;
};

} // namespace geobox
