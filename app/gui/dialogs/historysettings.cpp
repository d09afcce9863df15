#include "historysettings.h"

#include "historystore.h"
#include "preferences.h"

#include <QCheckBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>

namespace geobox {

HistorySettings::HistorySettings(const Preferences &settings, const QString &pathInUse, qint64 size,
                                 QWidget *parent)
    : QGroupBox(tr("History"), parent)
    , m_defaultPath(QDir::toNativeSeparators(HistoryStore::defaultPath()))
{
    m_enabled = new QCheckBox(tr("Keep a local usage history"), this);
    m_enabled->setObjectName(QStringLiteral("historyEnabled"));
    m_enabled->setChecked(settings.historyEnabled());
    m_enabled->setToolTip(tr("Figures already fetched are shown at once and offline, and "
                             "are never asked for again once final. From the next start."));

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("historyPath"));
    m_path->setAccessibleName(tr("History file"));
    // A path is no text to translate: the placeholder says "the default" in words.
    m_path->setPlaceholderText(tr("The default location"));
    m_path->setText(QDir::toNativeSeparators(settings.historyPath()));
    m_path->setToolTip(tr("Where the history is kept; empty for the default. From the next "
                          "start."));

    m_settle = new QSpinBox(this);
    m_settle->setObjectName(QStringLiteral("historySettle"));
    m_settle->setAccessibleName(tr("Settle time"));
    m_settle->setRange(0, 24 * 365);
    //: A number of hours follows.
    m_settle->setSuffix(tr(" h"));
    m_settle->setValue(settings.historySettleHours());
    m_settle->setToolTip(tr("A bucket that ended longer ago than this when it was fetched is "
                            "final and never asked for again."));

    // The size on disk is said on the button that clears it.
    m_clear = new QPushButton(this);
    m_clear->setObjectName(QStringLiteral("historyClear"));
    m_clear->setEnabled(!pathInUse.isEmpty());
    setSize(pathInUse.isEmpty() ? -1 : size);
    connect(m_clear, &QPushButton::clicked, this, &HistorySettings::askToClear);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&History:"), m_enabled);
    form->addRow(tr("F&ile:"), m_path);
    form->addRow(tr("S&ettles after:"), m_settle);
    form->addRow(tr("Sto&red:"), m_clear);
}

bool HistorySettings::historyEnabled() const
{
    return m_enabled->isChecked();
}

QString HistorySettings::historyPath() const
{
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    return path == QDir::fromNativeSeparators(m_defaultPath) ? QString() : path;
}

int HistorySettings::settleHours() const
{
    return m_settle->value();
}

void HistorySettings::save(Preferences &settings) const
{
    settings.setHistoryEnabled(historyEnabled());
    settings.setHistoryPath(historyPath());
    settings.setHistorySettleHours(settleHours());
}

void HistorySettings::setSize(qint64 bytes)
{
    // Never a zero for a figure not had: no history in use says so.
    m_clear->setText(bytes < 0 ? tr("Not in use")
                               //: %1 the file's size on disk, "1.2 MB".
                               : tr("Clear history… (%1)").arg(QLocale().formattedDataSize(bytes)));
    m_clear->setAccessibleName(bytes < 0 ? tr("History not in use") : tr("Clear history"));
}

void HistorySettings::askToClear()
{
    QMessageBox box(QMessageBox::Warning, tr("Clear history"),
                    tr("Clear the local usage history? Every figure kept is forgotten; the "
                       "service is asked again for what it still keeps."),
                    QMessageBox::Cancel, this);
    QPushButton *clear = box.addButton(tr("Clear history"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.setObjectName(QStringLiteral("clearHistoryConfirmation"));
    box.exec();
    if (box.clickedButton() == clear)
        Q_EMIT clearConfirmed();
}

} // namespace geobox
