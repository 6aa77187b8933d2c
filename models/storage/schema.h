#pragma once

#include "database.h"

#include <QList>

// The numbered steps that build an Obole database, oldest first. A step is never edited once released:
// a change to the schema is a new step.
namespace Schema {
QList<Database::Migration> migrations();
// The same for a PostgreSQL server: its steps carry the numbers of the file's, and both lists end at the same step.
QList<Database::Migration> serverMigrations();
} // namespace Schema
