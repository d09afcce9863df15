#pragma once
// QuotaCard: one quota figure of the plan ("Calls today"): used of the maximum,
// a bar, and the percentage in words ("85% – near the limit"), so the colour
// of the bar is never the only signal. Reached with Tab; a screen reader reads
// its title and "4,120 of 10,000 used, 41%" ("…, less than 1%" for a sliver), then the
// change against the period before where one is known. Its colours follow the palette.

#include "usagetypes.h"

#include <QFrame>

#include <optional>

class QLabel;
class QProgressBar;

namespace geobox {

class QuotaCard final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuotaCard)

public:
    enum class Unit
    {
        Count,
        Bytes,
        Seconds
    };
    enum class Level
    {
        NoLimit,
        Normal,  // below 80 %
        Warning, // from 80 %
        Alarm    // from 100 %
    };

    QuotaCard(const QString &title, Unit unit, QWidget *parent = nullptr);

    // nullopt: no figures yet ("—").
    void setQuota(const std::optional<Quota> &quota);
    // A card without a bar (the plan's days left).
    void setText(const QString &value, const QString &note);
    // The change against the period before ("+12% vs November"), a line under the note;
    // empty hides it. A screen reader hears it after the figures.
    void setChange(const QString &change);
    QString changeText() const;

    Level level() const { return m_level; }
    QString valueText() const;
    QString noteText() const;

    // How the percentage is put: on the card, or for a screen reader.
    enum class Voice
    {
        Written, // "<1%", ">99% – near the limit"
        Spoken   // "less than 1%", "more than 99% – near the limit"
    };

    static Level levelOf(const Quota &quota);
    // "0%", "<1%", "85% – near the limit", ">99% – near the limit", "104% – over the limit",
    // "no limit known". Something used is never "0%"; short of the limit, never "100%".
    static QString percentWords(const Quota &quota, Voice voice = Voice::Written);

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void applyTheme();
    QString amount(qint64 value) const;
    void showLevel(Level level);
    void describe(const QString &figures);

    Unit m_unit;
    Level m_level = Level::NoLimit;
    QLabel *m_title = nullptr;
    QLabel *m_value = nullptr;
    QProgressBar *m_bar = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_change = nullptr;
    QString m_figures;            // what a screen reader hears before the change
    std::optional<Quota> m_shown; // the figures on the card (none after setText)
    bool m_themed = false;        // applyTheme has run
};

} // namespace geobox
