/* The database jobs of the dgate command line: -k (list dicom.sql), -i
 * (create the tables), -r (create and re-index every MAG device) and
 * --init-if-absent (create missing tables only, for package upgrades) and
 * --regen-if-absent (-r on a new index, --init-if-absent on an existing
 * one: what the Debian package runs at every install and upgrade). Each
 * returns the process exit code. */
#ifndef DG_DB_JOBS_H
#define DG_DB_JOBS_H

#include "config/config.h"
#include "db/db.h"
#include "db/schema.h"

int db_job_list_sql(const struct config *cfg);
int db_job_init(const struct config *cfg, int mode);
int db_job_regen(const struct config *cfg, int mode);
int db_job_init_if_absent(const struct config *cfg);
int db_job_regen_if_absent(const struct config *cfg);

/* For jobs of other modules: dicom.sql loaded, the database connected, or
 * NULL after saying why on stderr, as these jobs say it. */
struct schema *db_job_schema(const struct config *cfg);
struct db *db_job_open(const struct config *cfg);

#endif
