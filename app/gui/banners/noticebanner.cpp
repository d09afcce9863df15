#include "noticebanner.h"

#include <QPushButton>

namespace geobox {

NoticeBanner::NoticeBanner(QWidget *parent)
    : Banner(Theme::Tone::Notice, tr("Notice"), QStringLiteral("noticeText"), parent)
{
    setObjectName(QStringLiteral("noticeBanner"));
    auto *dismiss = new QPushButton(tr("&Dismiss"), this);
    dismiss->setObjectName(QStringLiteral("noticeDismiss"));
    dismiss->setAccessibleName(tr("Dismiss notice"));
    addButton(dismiss);
    connect(dismiss, &QPushButton::clicked, this, &NoticeBanner::clear);
}

void NoticeBanner::showNotice(const QString &message)
{
    say(message);
}

void NoticeBanner::clear()
{
    hideText();
}

} // namespace geobox
