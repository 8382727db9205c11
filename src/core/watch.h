/* The drop folders' monitor, Conquest's "Monitoring for files in:": while
 * the server runs, one thread looks once a second into <MAG0>/incoming/
 * (when it exists) and WatchFolder (when set), imports each complete file
 * found there (import.c) and deletes it once committed; a file that fails
 * is moved into the folder's failed/ with a log line. A file is complete
 * when neither its size nor its mtime changed since the last look and its
 * mtime is a second old; dot-files and subdirectories are left alone. Not
 * the MAG devices' .incoming/ temporary files (archive/mag.c). */
#ifndef DG_CORE_WATCH_H
#define DG_CORE_WATCH_H

#include "core/ingest.h"

struct schema;
struct watch;

/* Start the thread when there is a folder to watch (each named in a
 * "Monitoring for files in:" notice); *out is NULL when there is none.
 * env and schema must outlive it. Returns 0 or a negative errno. */
int watch_start(const struct ingest_env *env, const struct schema *schema, struct watch **out);

/* Stop the thread (after the file it is importing, if any) and free it;
 * NULL is fine. */
void watch_stop(struct watch *w);

#endif
