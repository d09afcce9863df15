#pragma once
// The bench's shared helpers: its options, one JSON line per figure, medians,
// and a small event-loop waiter (the same for a case and its baseline).

#include <QElapsedTimer>
#include <QEventLoop>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace bench {

struct Options
{
    bool quick = false;
    QStringList cases; // empty: all
    QString configDir; // a throwaway XDG_CONFIG_HOME, also for child processes

    bool wants(const QString &name) const { return cases.isEmpty() || cases.contains(name); }
    // `full` repetitions, or `quick` with --quick.
    int reps(int full, int quickReps) const { return quick ? quickReps : full; }
};

struct Figure
{
    QString name;
    double value = 0;
    QString unit;
    std::optional<double> baseline;
    int decimals = 3;
    // More figures of the same case, printed after the ratio: {"coverage": 0.8}.
    QList<std::pair<QString, double>> extras;
};

// {"name": ..., "value": ..., "unit": ..., "baseline": ..., "ratio": ...} on stdout, one line.
void report(const Figure &figure);
// A note for the human reader, on stderr (never mixed into the JSON lines).
void note(const QString &text);

double median(QList<double> values);

inline double msSince(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

// Runs the event loop until finish() is called or the timeout passes.
class Waiter
{
public:
    void finish();
    bool wait(int timeoutMs = 60000);
    bool isDone() const { return m_done; }

private:
    QEventLoop m_loop;
    bool m_done = false;
};

// Process events for about `ms` (lets late work settle between repetitions).
void settle(int ms);

} // namespace bench
