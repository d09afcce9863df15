#pragma once
// What `geobox-usage explain` prints: which keys made the account's figure change between
// two periods, as JSON (one object), CSV (one row per entry) or an aligned text table, all
// in ChangeAttribution's order.

#include "breakdownplan.h"
#include "changeattribution.h"
#include "usagetypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QLocale>

namespace geobox {

struct ExplainReport
{
    Metric metric = Metric::Calls;
    DateRange range;
    DateRange comparison;
    ChangeAttribution change;
};

class ExplainText final
{
    Q_DECLARE_TR_FUNCTIONS(geobox::ExplainText)

public:
    // {"metric", "from", "to", "vs_from", "vs_to", "current_total", "previous_total", "keys"}
    static QByteArray json(const ExplainReport &report);
    // key_id,key_name,revoked,current,previous,delta,share_of_change
    static QByteArray csv(const ExplainReport &report);
    // A line that says the change, then the entries as an aligned table, in `locale`.
    static QByteArray text(const ExplainReport &report, const QLocale &locale = QLocale());
    // The change in one sentence, the largest parts first (at most `parts` of them):
    // "+41,200 calls (+38%): key 'mobile-app' +35,900 (87% of the change), 'etl' +6,100, …".
    static QString sentence(const ChangeAttribution &change, Metric metric, int parts = 3,
                            const QLocale &locale = QLocale());
    // "Not from a listed key".
    static QString unattributedName();
};

} // namespace geobox
