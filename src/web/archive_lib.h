/* libarchive, loaded by the first ZIP download (see util/dynlib.h):
 * zipout.c calls it as libarchive.archive_write_new() after
 * archive_lib_load. Not linked, so that a dgate that makes no ZIP does not
 * map it and the XML, ICU and compression libraries it brings. Named apart
 * from our archive/ (the MAG devices), as zipout.c is. */
#ifndef DG_WEB_ARCHIVE_LIB_H
#define DG_WEB_ARCHIVE_LIB_H

#include <archive.h>
#include <archive_entry.h>
#include <stddef.h>

#include "util/dynlib.h"

/* Every libarchive function zipout.c calls. */
#define ARCHIVE_LIB_FUNCTIONS(X)                                                                   \
    X(archive_entry_free)                                                                          \
    X(archive_entry_new)                                                                           \
    X(archive_entry_set_filetype)                                                                  \
    X(archive_entry_set_mtime)                                                                     \
    X(archive_entry_set_pathname)                                                                  \
    X(archive_entry_set_perm)                                                                      \
    X(archive_entry_set_size)                                                                      \
    X(archive_error_string)                                                                        \
    X(archive_set_error)                                                                           \
    X(archive_write_close)                                                                         \
    X(archive_write_data)                                                                          \
    X(archive_write_free)                                                                          \
    X(archive_write_header)                                                                        \
    X(archive_write_new)                                                                           \
    X(archive_write_open)                                                                          \
    X(archive_write_set_bytes_per_block)                                                           \
    X(archive_write_set_format_option)                                                             \
    X(archive_write_set_format_zip)

struct archive_lib {
    ARCHIVE_LIB_FUNCTIONS(DYNLIB_MEMBER)
};

/* Set by archive_lib_load; used only after it returned 0. */
extern struct archive_lib libarchive;

/* Load libarchive (once; see dynlib_load): 0, or DG_EUNSUPPORTED and why
 * in err. */
int archive_lib_load(char *err, size_t errlen);

#endif
