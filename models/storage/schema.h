#pragma once

#include "database.h"

#include <QList>

// The numbered steps that build an Obole database, oldest first. A step is never edited once released:
// a change to the schema is a new step.
namespace Schema {
QList<Database::Migration> migrations();
} // namespace Schema
