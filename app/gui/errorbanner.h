#pragma once
// ErrorBanner: the strip that says a fetch failed ("Server error (HTTP 503) …
// Showing data from 14:05.") with a Retry button, and Sign In Again… when the
// server refused the sign-in; hidden while all is well. A screen reader is
// alerted when it appears; its colours follow the palette.

#include <QDateTime>
#include <QFrame>

class QLabel;
class QPushButton;

namespace geobox {

class ErrorBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorBanner)

public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    // Shows the message; with a valid dataFrom, says which data stays on screen.
    // offerSignIn: the credentials were refused (401), so offer Sign In Again….
    void showError(const QString &message, const QDateTime &dataFrom = {},
                   bool offerSignIn = false);
    void clear();
    QString text() const;
    bool offersSignIn() const;

Q_SIGNALS:
    void retryRequested();
    void signInRequested();

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void applyTheme();

    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_signIn = nullptr;
};

} // namespace geobox
