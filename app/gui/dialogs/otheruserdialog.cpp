#include "otheruserdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace geobox {

OtherUserDialog::OtherUserDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("otherUserDialog"));
    setWindowTitle(tr("Another User"));
    m_id = new QLineEdit(this);
    m_id->setObjectName(QStringLiteral("otherUserId"));
    m_id->setAccessibleName(tr("User id"));
    m_id->setPlaceholderText(tr("e.g. 1042"));
    m_id->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[1-9][0-9]{0,17}")), m_id));
    auto *label = new QLabel(tr("The numeric &id of the user whose usage to show:"), this);
    label->setBuddy(m_id);
    label->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Show Usage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_id);
    layout->addWidget(m_buttons);
    connect(m_id, &QLineEdit::textChanged, this, &OtherUserDialog::updateOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (const std::optional<qint64> id = userId()) {
            accept();
            Q_EMIT userChosen(*id);
        }
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
}

std::optional<qint64> OtherUserDialog::userId() const
{
    bool ok = false;
    const qint64 id = m_id->text().toLongLong(&ok);
    return ok && id > 0 ? std::optional(id) : std::nullopt;
}

void OtherUserDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(userId().has_value());
}

} // namespace geobox
