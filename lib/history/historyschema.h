#pragma once
// The history store's schema, one list of statements per version: historyMigrations()[v - 1]
// takes a store from version v - 1 to v (PRAGMA user_version). Only HistoryStore runs them.
// Portable types only (BIGINT, TEXT, SMALLINT), so that a shared PostgreSQL store can follow.

#include <QList>
#include <QStringList>

namespace geobox {

const QList<QStringList> &historyMigrations();

} // namespace geobox
