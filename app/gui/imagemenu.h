#pragma once
// ImageMenu: the context menu of a picture on screen (the charts): Copy as
// Image and Save as PNG…, with a failure to save said in a message box.

#include <QCoreApplication>
#include <QImage>
#include <QPoint>
#include <QString>

#include <functional>

class QWidget;

namespace geobox {

class ImageMenu final
{
    Q_DECLARE_TR_FUNCTIONS(ImageMenu)

public:
    ImageMenu() = delete;

    // grab: takes the picture once an entry is chosen. fileName: the suggested name.
    static void exec(QWidget *parent, const QPoint &globalPos, const std::function<QImage()> &grab,
                     const QString &fileName);
    // Asks where, then writes a PNG.
    static void save(QWidget *parent, const QImage &image, const QString &fileName);
};

} // namespace geobox
