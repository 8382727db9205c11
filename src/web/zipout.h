/* A ZIP file written as a stream (libarchive): entries are added one at a
 * time, their bytes as they are read, and the ZIP's bytes come out of a
 * buffer the caller drains, so memory is what one chunk makes whatever the
 * size of the whole. Entries are stored, not deflated: most images are
 * compressed already, and a download should cost the server no more than
 * reading the files. Not which files go in (zip.c). */
#ifndef DG_WEB_ZIPOUT_H
#define DG_WEB_ZIPOUT_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>
#include <time.h>

struct zipout;

/* Returns 0 or -ENOMEM / -EIO (libarchive refused its settings). */
int zipout_new(struct zipout **out);
void zipout_free(struct zipout *z);

/* Start an entry of `size` bytes named `name` ("a/b/c.dcm"). */
int zipout_entry(struct zipout *z, const char *name, uint64_t size, time_t mtime);
/* Append to the current entry. */
int zipout_data(struct zipout *z, const void *p, size_t n);
/* The central directory: after it, nothing more can be added. */
int zipout_finish(struct zipout *z);

/* Take up to cap bytes of the ZIP made so far; 0 when none is waiting. */
size_t zipout_take(struct zipout *z, uint8_t *p, size_t cap);

#endif
