#pragma once
// NoticeBanner: a strip for something the user should know but that stops
// nothing ("The system keychain is not available… this session only"), with
// a Dismiss button; hidden until there is something to say.

#include "banners/banner.h"

namespace geobox {

class NoticeBanner final : public Banner
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoticeBanner)

public:
    explicit NoticeBanner(QWidget *parent = nullptr);

    void showNotice(const QString &message);
    void clear();
};

} // namespace geobox
