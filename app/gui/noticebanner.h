#pragma once
// NoticeBanner: a strip for something the user should know but that stops
// nothing ("The system keychain is not available… this session only"), with
// a Dismiss button; hidden until there is something to say. A screen reader is
// alerted when it appears; its colours follow the palette.

#include <QFrame>

class QLabel;

namespace geobox {

class NoticeBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoticeBanner)

public:
    explicit NoticeBanner(QWidget *parent = nullptr);

    void showNotice(const QString &message);
    void clear();
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void applyTheme();

    QLabel *m_text = nullptr;
};

} // namespace geobox
