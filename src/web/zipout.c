/* The ZIP stream through libarchive's writer, whose output callback appends
 * to our buffer; see zipout.h. libarchive blocks nothing (bytes per block
 * 0), so every byte it makes is in the buffer when its call returns. Kept
 * apart from zip.c because libarchive's <archive.h> and
 * <archive_entry.h> name `struct archive` and `struct archive_entry`, as
 * our archive/archive.h does. */
#include "web/zipout.h"

#include "util/buf.h"
#include "util/error.h"
#include "util/log.h"
#include "web/archive_lib.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

/* The ZIP bytes one call can make: a local header, or one chunk of data
 * (the caller's, at most a few hundred KiB), or the central directory
 * (some 100 bytes an entry). */
#define OUT_MAX (256u << 20)

struct zipout {
    struct archive *a;
    struct buf out;
    size_t taken; /* bytes of out already handed out */
};

static la_ssize_t on_write(struct archive *a, void *ctx, const void *p, size_t n)
{
    struct zipout *z = ctx;

    (void)a;
    /* Drop what was handed out before growing the buffer. */
    if (z->taken > 0) {
        memmove(z->out.data, z->out.data + z->taken, z->out.len - z->taken);
        z->out.len -= z->taken;
        z->taken = 0;
    }
    if (buf_append(&z->out, p, n) != 0) {
        libarchive.archive_set_error(a, ENOMEM, "ZIP output over its buffer");
        return -1;
    }
    return (la_ssize_t)n;
}

static int failed(struct zipout *z, const char *what)
{
    log_warn("web: ZIP %s: %s", what, libarchive.archive_error_string(z->a));
    return -EIO;
}

int zipout_new(struct zipout **out)
{
    struct zipout *z;
    char why[256];
    int rc;

    *out = NULL;
    rc = archive_lib_load(why, sizeof why);
    if (rc) {
        log_error("web: no ZIP download: %s (Debian: libarchive13)", why);
        return -EIO; /* the server's fault, not the request's (not 406) */
    }
    z = calloc(1, sizeof *z);
    if (!z)
        return -ENOMEM;
    buf_init(&z->out, OUT_MAX);
    z->a = libarchive.archive_write_new();
    if (!z->a) {
        free(z);
        return -ENOMEM;
    }
    if (libarchive.archive_write_set_format_zip(z->a) != ARCHIVE_OK ||
        libarchive.archive_write_set_format_option(z->a, "zip", "compression", "store") !=
            ARCHIVE_OK ||
        libarchive.archive_write_set_bytes_per_block(z->a, 0) != ARCHIVE_OK ||
        libarchive.archive_write_open(z->a, z, NULL, on_write, NULL) != ARCHIVE_OK) {
        rc = failed(z, "set-up");
        zipout_free(z);
        return rc;
    }
    *out = z;
    return 0;
}

void zipout_free(struct zipout *z)
{
    if (!z)
        return;
    libarchive.archive_write_free(z->a); /* closes it first when still open */
    buf_free(&z->out);
    free(z);
}

int zipout_entry(struct zipout *z, const char *name, uint64_t size, time_t mtime)
{
    struct archive_entry *e = libarchive.archive_entry_new();
    int rc;

    if (!e)
        return -ENOMEM;
    libarchive.archive_entry_set_pathname(e, name);
    libarchive.archive_entry_set_size(e, (la_int64_t)size);
    libarchive.archive_entry_set_filetype(e, AE_IFREG);
    libarchive.archive_entry_set_perm(e, 0644);
    libarchive.archive_entry_set_mtime(e, mtime, 0);
    rc = libarchive.archive_write_header(z->a, e) == ARCHIVE_OK ? 0 : failed(z, "entry");
    libarchive.archive_entry_free(e);
    return rc;
}

int zipout_data(struct zipout *z, const void *p, size_t n)
{
    la_ssize_t w = libarchive.archive_write_data(z->a, p, n);

    return w == (la_ssize_t)n ? 0 : failed(z, "data");
}

int zipout_finish(struct zipout *z)
{
    return libarchive.archive_write_close(z->a) == ARCHIVE_OK ? 0 : failed(z, "end");
}

size_t zipout_take(struct zipout *z, uint8_t *p, size_t cap)
{
    size_t n = z->out.len - z->taken;

    if (n > cap)
        n = cap;
    if (n == 0)
        return 0;
    memcpy(p, z->out.data + z->taken, n);
    z->taken += n;
    if (z->taken == z->out.len)
        z->out.len = z->taken = 0;
    return n;
}
