/* A growable byte buffer with a hard cap (curl's dynbuf): appending past the
 * cap fails with DG_ETOOBIG instead of allocating without bound, so network
 * and file input can never make us allocate more than the configured limit. */
#ifndef DG_UTIL_BUF_H
#define DG_UTIL_BUF_H

#include <stddef.h>
#include <stdint.h>

struct buf {
    uint8_t *data;
    size_t len;
    size_t alloc;
    size_t max;
};

void buf_init(struct buf *b, size_t max);
void buf_free(struct buf *b);
void buf_reset(struct buf *b);
/* Returns 0, -ENOMEM, or DG_ETOOBIG when len + n would exceed max. */
int buf_append(struct buf *b, const void *p, size_t n);
int buf_reserve(struct buf *b, size_t n);

#endif
