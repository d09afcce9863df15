#pragma once
// ImageMenu: the commands of a picture on screen (the charts): Copy Chart as
// Image (Ctrl+C) and Save Chart as PNG… (Ctrl+S), as actions the window's
// menus share, and the context menu that shows them; a failure to save is said
// in a message box.

#include <QImage>
#include <QObject>
#include <QPoint>
#include <QString>

#include <functional>

class QAction;
class QWidget;

namespace geobox {

class ImageMenu final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageMenu)

public:
    // grab: takes the picture once a command is chosen. fileName: the suggested name.
    // parent: the picture's widget, and the dialogs' parent.
    ImageMenu(std::function<QImage()> grab, const QString &fileName, QWidget *parent);

    QAction *copyAction() const { return m_copy; }
    QAction *saveAction() const { return m_save; }
    // Both actions, as a context menu at globalPos.
    void exec(const QPoint &globalPos);
    void setEnabled(bool enabled);

    // Asks where, then writes a PNG.
    static void save(QWidget *parent, const QImage &image, const QString &fileName);

private:
    std::function<QImage()> m_grab;
    QString m_fileName;
    QWidget *m_widget;
    QAction *m_copy = nullptr;
    QAction *m_save = nullptr;
};

} // namespace geobox
