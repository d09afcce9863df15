#pragma once
// The history store's schema, one list of statements per version: historyMigrations()[v - 1]
// takes a store from version v - 1 to v (PRAGMA user_version). Only HistoryStore runs them.
// Portable types only (BIGINT, TEXT, SMALLINT), so that a shared PostgreSQL store can follow;
// the buckets table is clustered by its key with SQLite's WITHOUT ROWID (version 4), which a
// PostgreSQL store's own DDL would replace: the statements on the tables are portable SQL.

#include <QList>
#include <QStringList>

namespace geobox {

const QList<QStringList> &historyMigrations();

} // namespace geobox
