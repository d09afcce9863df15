#include "benchreport.h"

#include <QCoreApplication>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace bench {

namespace {

QByteArray jsonString(const QString &text)
{
    QByteArray out = "\"";
    for (const char c : text.toUtf8()) {
        if (c == '"' || c == '\\')
            out.append('\\');
        out.append(c);
    }
    return out.append('"');
}

QByteArray number(double value, int decimals)
{
    return QByteArray::number(value, 'f', decimals);
}

} // namespace

void report(const Figure &figure)
{
    QByteArray line = "{\"name\": " + jsonString(figure.name) +
                      ", \"value\": " + number(figure.value, figure.decimals) +
                      ", \"unit\": " + jsonString(figure.unit);
    if (figure.baseline) {
        line += ", \"baseline\": " + number(*figure.baseline, figure.decimals);
        const double ratio = *figure.baseline > 0 ? figure.value / *figure.baseline : 0.0;
        line += ", \"ratio\": " + number(ratio, 3);
    }
    for (const auto &[key, value] : figure.extras)
        line += ", " + jsonString(key) + ": " + number(value, figure.decimals);
    line += "}\n";
    std::fputs(line.constData(), stdout);
    std::fflush(stdout);
}

void note(const QString &text)
{
    std::fprintf(stderr, "# %s\n", qPrintable(text));
    std::fflush(stderr);
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

void Waiter::finish()
{
    m_done = true;
    m_loop.quit();
}

bool Waiter::wait(int timeoutMs)
{
    if (m_done)
        return true;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &m_loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    m_loop.exec();
    return m_done;
}

void settle(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

} // namespace bench
