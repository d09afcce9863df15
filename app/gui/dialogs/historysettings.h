#pragma once
// HistorySettings: the History group of Settings: keep a local usage history or not,
// its file, how long a bucket takes to settle, and "Clear history… (size on disk)",
// which asks first and then emits clearConfirmed (SettingsFlow clears).

#include <QGroupBox>

class QCheckBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace geobox {

class Preferences;

class HistorySettings final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistorySettings)

public:
    // path: the file in use now (empty: none); size: its bytes on disk (-1: not known).
    HistorySettings(const Preferences &settings, const QString &pathInUse, qint64 size,
                    QWidget *parent = nullptr);

    bool historyEnabled() const;
    // Empty: the default file.
    QString historyPath() const;
    int settleHours() const;
    void save(Preferences &settings) const;
    // After a clear: the size on disk now.
    void setSize(qint64 bytes);

Q_SIGNALS:
    // The user asked to clear the history and confirmed it.
    void clearConfirmed();

private:
    void askToClear();

    QCheckBox *m_enabled = nullptr;
    QLineEdit *m_path = nullptr;
    QSpinBox *m_settle = nullptr;
    QPushButton *m_clear = nullptr;
    QString m_defaultPath;
};

} // namespace geobox
