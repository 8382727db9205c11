/* Importing DICOM files from the file system, Conquest's "dropped files":
 * `dgate --addimagefile:FILE[,PATID]`, `dgate --loadanddeletedir:DIR[,PATID]`
 * and the drop folders' monitor (watch.c). A file goes through the ingest
 * core like any arriving object (a temporary file on a MAG device,
 * DroppedFileCompression, its name, its committed rows, the rename), so
 * every durability rule holds; a caller deletes a file only after
 * import_file said it is committed. Not the watching of folders. */
#ifndef DG_CORE_IMPORT_H
#define DG_CORE_IMPORT_H

#include "core/ingest.h"

struct config;
struct schema;

/* One importer: its ingest, its own index connection. Used by one thread. */
struct import;

/* Returns 0, or an error with the reason in err. */
int import_new(const struct ingest_env *env, const struct schema *schema, struct import **out,
               char *err, size_t errlen);
void import_free(struct import *im);

/* Import the file `name` of directory dir_fd (AT_FDCWD for a path):
 * a regular file only, opened without following a symbolic link when
 * nofollow is set. patid, when not NULL, replaces its PatientID first (the
 * file is then read whole into memory). who starts the log lines. Returns
 * 0 once the object is committed and in place (res filled), or
 * DG_ENOTDICOM (neither Part 10 nor a bare dataset, or no SOP class or
 * instance), -EINVAL (not a regular file), -errno (unreadable), or what
 * ingest_begin and ingest_finish return; the file is never changed. */
int import_file(struct import *im, int dir_fd, const char *name, int nofollow, const char *patid,
                const char *who, struct ingest_result *res);

/* The jobs of dgate's command line. arg is "FILE[,PATID]" (or
 * "DIR[,PATID]"): when arg names no file, the text after its last comma is
 * the PatientID. --addimagefile imports one file, the source left in place;
 * --loadanddeletedir imports every regular file below DIR (no symbolic
 * link followed) and deletes each once committed, leaving those that fail
 * with one line each on stderr. Return the exit status: 0, or 1 after
 * saying why (for a directory: when any file failed). */
int import_job_file(const struct config *cfg, const char *arg);
int import_job_dir(const struct config *cfg, const char *arg);

#endif
