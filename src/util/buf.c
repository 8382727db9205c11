/* Capped growable buffer; see buf.h. */
#include "util/buf.h"
#include "util/error.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

void buf_init(struct buf *b, size_t max)
{
    b->data = NULL;
    b->len = 0;
    b->alloc = 0;
    b->max = max;
}

void buf_free(struct buf *b)
{
    free(b->data);
    buf_init(b, b->max);
}

void buf_reset(struct buf *b)
{
    b->len = 0;
}

int buf_reserve(struct buf *b, size_t n)
{
    size_t want;
    uint8_t *p;

    if (n > b->max || b->len > b->max - n)
        return DG_ETOOBIG;
    want = b->len + n;
    if (want <= b->alloc)
        return 0;
    size_t grow = b->alloc ? b->alloc : 256;
    while (grow < want)
        grow = grow > b->max / 2 ? b->max : grow * 2;
    if (grow < want)
        grow = want;
    p = realloc(b->data, grow);
    if (!p)
        return -ENOMEM;
    b->data = p;
    b->alloc = grow;
    return 0;
}

void *buf_grow_array(void *array, size_t *cap, size_t n, size_t size, size_t first)
{
    size_t want = *cap ? *cap * 2 : first;
    void *p;

    if (n < *cap)
        return array;
    if (want < *cap || size == 0 || want > SIZE_MAX / size)
        return NULL;
    p = realloc(array, want * size);
    if (p)
        *cap = want;
    return p;
}

int buf_append(struct buf *b, const void *p, size_t n)
{
    int rc = buf_reserve(b, n);
    if (rc)
        return rc;
    if (n)
        memcpy(b->data + b->len, p, n);
    b->len += n;
    return 0;
}
