#pragma once
// SegmentedControl: a row of joined toggle buttons (Hour|Day|Week|Month,
// Chart|Table) over checkable actions, so the same actions serve the menu, the
// shortcuts and the buttons. The chosen one is filled with the palette's
// highlight and bold; each button's accessible name is its action's text.

#include <QList>
#include <QWidget>

class QAction;
class QToolButton;

namespace geobox {

class SegmentedControl final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SegmentedControl)

public:
    explicit SegmentedControl(const QList<QAction *> &actions, QWidget *parent = nullptr);

    QToolButton *button(qsizetype index) const { return m_buttons.value(index); }
    QList<QToolButton *> buttons() const { return m_buttons; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();

    QList<QToolButton *> m_buttons;
};

} // namespace geobox
