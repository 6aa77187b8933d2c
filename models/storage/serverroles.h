#pragma once

#include <QString>

// The roles of a team on a PostgreSQL server (obole-cli db roles): an accountant, who imports, reviews, closes the
// books and exports; a viewer, who reads (Revenue and Reports) and may refresh the revenue totals derived from the
// rows, nothing else. The database's owner (the role that opened it first with Obole, which created its tables) edits
// the catalog and the snippet settings. An upgrade of the database by its owner grants again on what the new steps
// added, once the roles have their grants in it; the script can also be run again.
// The roles are named obole_accountant and obole_viewer.
namespace ServerRoles {
// The whole script, one transaction, for a superuser (or a role that may create roles).
QString sql();
// Its grants alone, which the owner of the tables may run (within a transaction of its own).
const char* grants();
// A query: 1 when both roles exist and have their grants in this database, else 0.
const char* grantedHere();
} // namespace ServerRoles
