#pragma once
// ErrorBanner: the strip that says a fetch failed ("Server error (HTTP 503) …
// Showing data from 14:05.") with a Retry button when trying again can help,
// and Sign In Again… when the server refused the sign-in; hidden while all is well.

#include "banners/banner.h"

#include <QDateTime>

namespace geobox {

class ErrorBanner final : public Banner
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorBanner)

public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    // Shows the message; with a valid dataFrom, says which data stays on screen.
    // offerSignIn: the credentials were refused (401), so offer Sign In Again….
    // offerRetry: trying again can help (DashboardState::canRetry()).
    void showError(const QString &message, const QDateTime &dataFrom = {}, bool offerSignIn = false,
                   bool offerRetry = true);
    void clear();
    bool offersSignIn() const;
    bool offersRetry() const;

Q_SIGNALS:
    void retryRequested();
    void signInRequested();

private:
    QPushButton *m_signIn = nullptr;
    QPushButton *m_retry = nullptr;
};

} // namespace geobox
