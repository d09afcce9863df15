#include "imagemenu.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>

namespace geobox {

ImageMenu::ImageMenu(std::function<QImage()> grab, const QString &fileName, QWidget *parent)
    : QObject(parent)
    , m_grab(std::move(grab))
    , m_fileName(fileName)
    , m_widget(parent)
{
    m_copy = new QAction(tr("&Copy Chart as Image"), this);
    m_copy->setObjectName(QStringLiteral("copyChartAction"));
    m_copy->setShortcut(QKeySequence(QKeySequence::Copy));
    connect(m_copy, &QAction::triggered, this,
            [this] { QApplication::clipboard()->setImage(m_grab()); });
    m_save = new QAction(tr("&Save Chart as PNG…"), this);
    m_save->setObjectName(QStringLiteral("saveChartAction"));
    m_save->setShortcut(QKeySequence(QKeySequence::Save));
    connect(m_save, &QAction::triggered, this, [this] { save(m_widget, m_grab(), m_fileName); });
}

void ImageMenu::exec(const QPoint &globalPos)
{
    QMenu menu(m_widget);
    menu.addAction(m_copy);
    menu.addAction(m_save);
    menu.exec(globalPos);
}

void ImageMenu::setEnabled(bool enabled)
{
    m_copy->setEnabled(enabled);
    m_save->setEnabled(enabled);
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
