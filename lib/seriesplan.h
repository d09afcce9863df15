#pragma once
// The calls one series of a query needs so that every scale tells the same truth: a
// month the range cuts is built from the days inside the range, the months it covers
// whole come from the service's month scale; every other scale is one call. Pure.

#include "daterange.h"
#include "usagetypes.h"

#include <QList>
#include <QTimeZone>

namespace geobox {

// One usage/api call of a series: `scale` (Week: rolled up from days by the job) over the
// whole days `days`.
struct SeriesPart
{
    Scale scale = Scale::Day;
    DateRange days;

    friend bool operator==(const SeriesPart &, const SeriesPart &) = default;
};

// The calls for `scale` over `range`, oldest first. For Month: the cut first month as
// days, the whole months as months, the cut last month as days (each only when there is
// one). A month the range ends in is cut only when the range ends before `today`.
QList<SeriesPart> seriesParts(Scale scale, const DateRange &range, const QDate &today);

// The series' buckets from the parts' answers (in seriesParts' order): day answers of a
// Month series rolled up into months as the range counts them, the rest as they came.
QList<UsageBucket> joinParts(Scale scale, const QList<SeriesPart> &parts,
                             const QList<QList<UsageBucket>> &answers, const QDateTime &now,
                             const QTimeZone &zone);

} // namespace geobox
