/* Reading a small text file (a configuration file) whole into memory. */
#ifndef DG_UTIL_FILE_H
#define DG_UTIL_FILE_H

#include <stddef.h>

/* Read `path` into a new NUL-terminated buffer (*out, *len without the NUL).
 * A file larger than `max` bytes is refused with DG_ETOOBIG, so a wrong path
 * to a big file is harmless. Returns 0 or a negative error with a message
 * naming the path in err. The caller frees *out. */
int file_read_all(const char *path, size_t max, char **out, size_t *len, char *err,
                  size_t errlen);

#endif
