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

/* Room for element n of a realloc'ed array of elements of `size` bytes
 * whose capacity is *cap: when n == *cap the array doubles (or gets
 * `first` elements when it has none). Returns the array, perhaps moved, or
 * NULL when out of memory (the array is then as it was). */
void *buf_grow_array(void *array, size_t *cap, size_t n, size_t size, size_t first);

#endif
