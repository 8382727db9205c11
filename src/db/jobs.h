/* The database jobs of the dgate command line: -k (list dicom.sql), -i
 * (create the tables), -r (create and re-index every MAG device) and
 * --init-if-absent (create missing tables only, for package upgrades) and
 * --regen-if-absent (-r on a new index, --init-if-absent on an existing
 * one: what the Debian package runs at every install and upgrade), and the
 * regens of a device, a directory or a file that keep the tables. Each
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

/* Regen that keeps the tables (Conquest's -ar, -fr, --regen:,
 * --regendevice:, --regendir:): the files indexed again, every row kept,
 * missing tables made. arg NULL or "": every device. device_first (-ar,
 * --regendevice:): arg is "DEV[,DIR]"; else (-fr, --regendir:) "DEV,DIR",
 * or a DIR of MAG0 when the text before the first comma names no device.
 * DIR is relative to the device or an absolute path inside it. */
int db_job_regen_part(const struct config *cfg, const char *arg, int device_first);
/* -fe, --regenfile: index one file where it lies on a MAG device (its path
 * resolved; no symbolic link inside the device followed), not copied. */
int db_job_regen_file(const struct config *cfg, const char *path);

/* For jobs of other modules: dicom.sql loaded, the database connected, or
 * NULL after saying why on stderr, as these jobs say it. */
struct schema *db_job_schema(const struct config *cfg);
struct db *db_job_open(const struct config *cfg);

#endif
