#pragma once
// OtherUserDialog: asks an admin for the numeric id of the user whose usage to
// show. The box starts empty (there is no sensible default id) and OK waits for
// a whole number of 1 or more.

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLineEdit;

namespace geobox {

class OtherUserDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OtherUserDialog)

public:
    explicit OtherUserDialog(QWidget *parent = nullptr);

    // The id typed, once it is one.
    std::optional<qint64> userId() const;
    QLineEdit *idEdit() const { return m_id; }

Q_SIGNALS:
    void userChosen(qint64 userId);

private:
    void updateOk();

    QLineEdit *m_id = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace geobox
