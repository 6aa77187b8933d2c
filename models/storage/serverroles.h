#pragma once

#include <QString>

// The roles of a team on a PostgreSQL server (obole-cli db roles): an accountant, who imports, reviews, closes the
// books and exports; a viewer, who reads (Revenue and Reports) and may refresh the revenue totals derived from the
// rows, nothing else. The database's owner (the role that opened it first with Obole, which created its tables) edits
// the catalog and the snippet settings. The script can be run again after an upgrade: it grants on the tables new
// steps added.
// The roles are named obole_accountant and obole_viewer.
namespace ServerRoles {
QString sql();
} // namespace ServerRoles
