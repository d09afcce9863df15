#include "bykeyexportcommand.h"

#include "breakdownrun.h"
#include "bykeyexport.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace geobox::cli {

namespace {

struct ByKeyText
{
    Q_DECLARE_TR_FUNCTIONS(geobox::cli::export)
};

} // namespace

int runExportByKey(const QCommandLineParser &parser, const ByKeyExportOptions &options)
{
    CliSession session;
    if (const std::optional<int> failed = session.open(parser))
        return *failed;
    DateRange range;
    if (options.range) {
        range = *options.range;
    } else {
        const QDate today = session.client()->config().today();
        range = {today.addDays(1 - options.days), today};
    }
    const BreakdownPlan plan = BreakdownPlan::against(options.scale, range, options.weekStart);
    const BreakdownRun run = runBreakdown(session, plan, options.calls, options.traffic);
    if (!run.result)
        return run.exitCode;
    const ByKeyRows rows = byKeyRows(*run.result);
    if (rows.error) {
        printError(rows.error->message());
        return exitCodeFor(*rows.error);
    }
    const QByteArray bytes = byKeyExportBytes(options.scale, rows.rows, options.format);
    if (!options.output.isEmpty()) {
        QSaveFile file(options.output);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() ||
            !file.commit()) {
            printError(QCoreApplication::translate("geobox::UsageExport", "Cannot write %1: %2")
                           .arg(options.output, file.errorString()));
            return ExitOutput;
        }
        return ExitOk;
    }
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size() ||
        !out.flush()) {
        printError(ByKeyText::tr("Cannot write to standard output: %1").arg(out.errorString()));
        return ExitOutput;
    }
    return ExitOk;
}

} // namespace geobox::cli
