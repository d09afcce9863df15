#include "imagemenu.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>

namespace geobox {

void ImageMenu::exec(QWidget *parent, const QPoint &globalPos, const std::function<QImage()> &grab,
                     const QString &fileName)
{
    QMenu menu(parent);
    menu.addAction(tr("&Copy as Image"), parent,
                   [grab] { QApplication::clipboard()->setImage(grab()); });
    menu.addAction(tr("&Save as PNG…"), parent,
                   [parent, grab, fileName] { save(parent, grab(), fileName); });
    menu.exec(globalPos);
}

void ImageMenu::save(QWidget *parent, const QImage &image, const QString &fileName)
{
    const QString title = tr("Save as PNG");
    const QDir dir(QStandardPaths::writableLocation(QStandardPaths::PicturesLocation));
    QString path = QFileDialog::getSaveFileName(parent, title, dir.filePath(fileName),
                                                tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".png"), Qt::CaseInsensitive))
        path += QStringLiteral(".png");
    if (!image.save(path, "PNG"))
        QMessageBox::warning(parent, title,
                             tr("Could not write %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace geobox
