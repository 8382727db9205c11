/* The dataset: a sorted element array per dataset or item, all memory from
 * one arena per root (a few large blocks instead of a malloc per element),
 * and the typed accessors over the little endian value bytes. */
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "dicom/dataset.h"
#include "dicom/ds_internal.h"
#include "util/error.h"

#define ARENA_BLOCK 16384
#define ARENA_ALIGN 8

struct arena_block {
    struct arena_block *next;
    size_t used;
    size_t size;
    uint8_t data[];
};

struct ds {
    struct ds_elem *elems;
    uint32_t n;
    uint32_t cap;
    struct ds *root;            /* self for a root */
    struct arena_block *blocks; /* root only: newest first */
    int undefined;              /* items: undefined length form */
    uint32_t len;               /* items: the defined length read */
};

static struct arena_block *block_new(size_t size)
{
    struct arena_block *b = malloc(sizeof *b + size);
    if (!b)
        return NULL;
    b->next = NULL;
    b->used = 0;
    b->size = size;
    return b;
}

void *ds_alloc(struct ds *ds, size_t n)
{
    struct ds *root = ds->root;
    struct arena_block *b = root->blocks;
    size_t need;

    if (n > SIZE_MAX - ARENA_ALIGN)
        return NULL;
    need = (n + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
    if (b && b->size - b->used >= need) {
        void *p = b->data + b->used;
        b->used += need;
        return p;
    }
    /* A large request gets a block of its own, linked behind the current
     * one, so the current block keeps serving small requests. */
    if (need > ARENA_BLOCK / 4 && b) {
        struct arena_block *big = block_new(need);
        if (!big)
            return NULL;
        big->used = need;
        big->next = b->next;
        b->next = big;
        return big->data;
    }
    b = block_new(need > ARENA_BLOCK ? need : ARENA_BLOCK);
    if (!b)
        return NULL;
    b->next = root->blocks;
    root->blocks = b;
    b->used = need;
    return b->data;
}

struct ds *ds_new(void)
{
    struct arena_block *b = block_new(ARENA_BLOCK);
    struct ds *ds;

    if (!b)
        return NULL;
    ds = (struct ds *)b->data;
    b->used = (sizeof *ds + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
    memset(ds, 0, sizeof *ds);
    ds->root = ds;
    ds->blocks = b;
    return ds;
}

void ds_free(struct ds *ds)
{
    struct arena_block *b;

    /* Items die with their root. */
    if (!ds || ds->root != ds)
        return;
    b = ds->blocks;
    while (b) {
        struct arena_block *next = b->next;
        free(b);
        b = next;
    }
}

void ds_clear(struct ds *ds)
{
    struct arena_block *first = NULL;

    if (!ds || ds->root != ds)
        return;
    /* The root lives at the start of its first block: keep that one. It is
     * not always the last in the list, because a large value's block is
     * linked behind the current block, which may be the root's. */
    for (struct arena_block *b = ds->blocks; b;) {
        struct arena_block *next = b->next;
        if ((void *)b->data == (void *)ds)
            first = b;
        else
            free(b);
        b = next;
    }
    first->next = NULL;
    first->used = (sizeof *ds + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
    memset(ds, 0, sizeof *ds);
    ds->root = ds;
    ds->blocks = first;
}

size_t ds_count(const struct ds *ds)
{
    return ds->n;
}

const struct ds_elem *ds_at(const struct ds *ds, size_t i)
{
    return i < ds->n ? &ds->elems[i] : NULL;
}

/* The index of tag, or of where it would be inserted (with *found 0). */
static uint32_t find_index(const struct ds *ds, uint32_t tag, int *found)
{
    uint32_t lo = 0, hi = ds->n;

    *found = 0;
    /* Decoding appends in order: check the end first. */
    if (ds->n > 0 && ds->elems[ds->n - 1].tag < tag)
        return ds->n;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (ds->elems[mid].tag < tag) {
            lo = mid + 1;
        } else if (ds->elems[mid].tag > tag) {
            hi = mid;
        } else {
            *found = 1;
            return mid;
        }
    }
    return lo;
}

const struct ds_elem *ds_find(const struct ds *ds, uint32_t tag)
{
    int found;
    uint32_t i = find_index(ds, tag, &found);
    return found ? &ds->elems[i] : NULL;
}

struct ds_elem *ds_put(struct ds *ds, uint32_t tag, enum vr vr)
{
    int found;
    uint32_t i = find_index(ds, tag, &found);
    struct ds_elem *e;

    if (!found) {
        if (ds->n == ds->cap) {
            uint32_t cap = ds->cap ? ds->cap * 2 : 16;
            struct ds_elem *grown;
            if (cap > UINT32_MAX / 2)
                return NULL;
            grown = ds_alloc(ds, (size_t)cap * sizeof *grown);
            if (!grown)
                return NULL;
            if (ds->n)
                memcpy(grown, ds->elems, (size_t)ds->n * sizeof *grown);
            ds->elems = grown;
            ds->cap = cap;
        }
        memmove(&ds->elems[i + 1], &ds->elems[i], (size_t)(ds->n - i) * sizeof *ds->elems);
        ds->n++;
    }
    e = &ds->elems[i];
    memset(e, 0, sizeof *e);
    e->tag = tag;
    e->vr = (uint16_t)vr;
    return e;
}

struct ds *ds_append_item(struct ds *ds, struct ds_elem *e)
{
    struct ds *item;
    uint32_t n = e->nitems;

    if (n == UINT32_MAX / 2)
        return NULL;
    /* The items array has a power-of-two capacity (at least 4). */
    if (n >= 4 && (n & (n - 1)) == 0) {
        struct ds **grown = ds_alloc(ds, (size_t)n * 2 * sizeof *grown);
        if (!grown)
            return NULL;
        memcpy(grown, e->items, (size_t)n * sizeof *grown);
        e->items = grown;
    } else if (n == 0) {
        e->items = ds_alloc(ds, 4 * sizeof *e->items);
        if (!e->items)
            return NULL;
    }
    item = ds_alloc(ds, sizeof *item);
    if (!item)
        return NULL;
    memset(item, 0, sizeof *item);
    item->root = ds->root;
    item->undefined = 1;
    e->items[n] = item;
    e->nitems = n + 1;
    return item;
}

int ds_item_undefined(const struct ds *item)
{
    return item->undefined;
}

void ds_item_set_undefined(struct ds *item, int undefined)
{
    item->undefined = undefined != 0;
}

uint32_t ds_item_length(const struct ds *item)
{
    return item->len;
}

void ds_item_set_length(struct ds *item, uint32_t len)
{
    item->len = len;
}

static int set_value(struct ds *ds, uint32_t tag, enum vr vr, const void *value, size_t len,
                     int copy)
{
    struct ds_elem *e;
    const uint8_t *v = value;

    /* Items and delimiters (FFFE,xxxx) are structure, not elements. */
    if (vr == VR_SQ || vr == VR_NA || (unsigned)vr >= VR_COUNT || len >= DS_UNDEFINED_LENGTH ||
        DICT_GROUP(tag) == 0xFFFE)
        return -EINVAL;
    if (copy && len > 0) {
        uint8_t *owned = ds_alloc(ds, len);
        if (!owned)
            return -ENOMEM;
        memcpy(owned, value, len);
        v = owned;
    }
    e = ds_put(ds, tag, vr);
    if (!e)
        return -ENOMEM;
    e->len = (uint32_t)len;
    e->value = len > 0 ? v : NULL;
    return 0;
}

int ds_set(struct ds *ds, uint32_t tag, enum vr vr, const void *value, size_t len)
{
    return set_value(ds, tag, vr, value, len, 1);
}

int ds_set_ref(struct ds *ds, uint32_t tag, enum vr vr, const void *value, size_t len)
{
    return set_value(ds, tag, vr, value, len, 0);
}

int ds_set_string(struct ds *ds, uint32_t tag, enum vr vr, const char *s)
{
    return set_value(ds, tag, vr, s, strlen(s), 1);
}

int ds_set_u16(struct ds *ds, uint32_t tag, uint16_t v)
{
    uint8_t b[2] = {(uint8_t)v, (uint8_t)(v >> 8)};
    return set_value(ds, tag, VR_US, b, sizeof b, 1);
}

int ds_set_u32(struct ds *ds, uint32_t tag, uint32_t v)
{
    uint8_t b[4] = {(uint8_t)v, (uint8_t)(v >> 8), (uint8_t)(v >> 16), (uint8_t)(v >> 24)};
    return set_value(ds, tag, VR_UL, b, sizeof b, 1);
}

int ds_add_item(struct ds *ds, uint32_t tag, struct ds **item)
{
    int found;
    uint32_t i = find_index(ds, tag, &found);
    struct ds_elem *e;

    *item = NULL;
    if (DICT_GROUP(tag) == 0xFFFE)
        return -EINVAL;
    if (found) {
        e = &ds->elems[i];
        if (e->vr != VR_SQ)
            return -EINVAL;
    } else {
        e = ds_put(ds, tag, VR_SQ);
        if (!e)
            return -ENOMEM;
        e->flags = DS_F_UNDEFINED;
    }
    *item = ds_append_item(ds, e);
    return *item ? 0 : -ENOMEM;
}

int ds_set_empty_sequence(struct ds *ds, uint32_t tag)
{
    struct ds_elem *e;

    if (DICT_GROUP(tag) == 0xFFFE)
        return -EINVAL;
    e = ds_put(ds, tag, VR_SQ);
    return e ? 0 : -ENOMEM;
}

int ds_remove(struct ds *ds, uint32_t tag)
{
    int found;
    uint32_t i = find_index(ds, tag, &found);

    if (!found)
        return DG_ENOTFOUND;
    memmove(&ds->elems[i], &ds->elems[i + 1], (size_t)(ds->n - i - 1) * sizeof *ds->elems);
    ds->n--;
    return 0;
}

/* Typed accessors. */

static int is_pad(uint8_t c)
{
    return c == ' ' || c == '\0';
}

static size_t trimmed_len(const uint8_t *p, size_t len)
{
    while (len > 0 && is_pad(p[len - 1]))
        len--;
    return len;
}

static int copy_out(const uint8_t *p, size_t len, char *out, size_t outlen)
{
    if (outlen == 0)
        return DG_ETOOBIG;
    if (len >= outlen) {
        memcpy(out, p, outlen - 1);
        out[outlen - 1] = '\0';
        return DG_ETOOBIG;
    }
    if (len)
        memcpy(out, p, len);
    out[len] = '\0';
    return 0;
}

int ds_elem_string(const struct ds_elem *e, char *out, size_t outlen)
{
    if (e->vr == VR_SQ || (e->flags & DS_F_ENCAPSULATED))
        return DG_EPARSE;
    return copy_out(e->value, trimmed_len(e->value, e->len), out, outlen);
}

int ds_get_string(const struct ds *ds, uint32_t tag, char *out, size_t outlen)
{
    const struct ds_elem *e = ds_find(ds, tag);

    if (!e) {
        if (outlen)
            out[0] = '\0';
        return DG_ENOTFOUND;
    }
    return ds_elem_string(e, out, outlen);
}

/* Value `index` of a '\' separated string, trimmed. */
static int string_value(const struct ds_elem *e, unsigned index, const uint8_t **vp, size_t *vlen)
{
    const uint8_t *p = e->value, *end;
    size_t len;
    unsigned at = 0;

    /* Check the VR first: a sequence has a length but no value bytes. */
    if (!vr_is_string((enum vr)e->vr))
        return DG_EPARSE;
    len = trimmed_len(e->value, e->len);
    if (len == 0)
        return DG_ENOTFOUND;
    if (vr_is_single_text((enum vr)e->vr)) {
        if (index != 0)
            return DG_ENOTFOUND;
        *vp = p;
        *vlen = len;
        return 0;
    }
    end = p + len;
    while (at < index) {
        const uint8_t *bs = memchr(p, '\\', (size_t)(end - p));
        if (!bs)
            return DG_ENOTFOUND;
        p = bs + 1;
        at++;
    }
    {
        const uint8_t *bs = memchr(p, '\\', (size_t)(end - p));
        const uint8_t *stop = bs ? bs : end;
        while (p < stop && *p == ' ')
            p++;
        while (stop > p && is_pad(stop[-1]))
            stop--;
        *vp = p;
        *vlen = (size_t)(stop - p);
    }
    return 0;
}

int ds_elem_string_at(const struct ds_elem *e, unsigned index, char *out, size_t outlen)
{
    const uint8_t *p;
    size_t len;
    int rc = string_value(e, index, &p, &len);

    if (rc) {
        if (outlen)
            out[0] = '\0';
        return rc;
    }
    return copy_out(p, len, out, outlen);
}

int ds_get_string_at(const struct ds *ds, uint32_t tag, unsigned index, char *out, size_t outlen)
{
    const struct ds_elem *e = ds_find(ds, tag);

    if (!e) {
        if (outlen)
            out[0] = '\0';
        return DG_ENOTFOUND;
    }
    return ds_elem_string_at(e, index, out, outlen);
}

unsigned ds_elem_vm(const struct ds_elem *e)
{
    size_t size;

    if (e->vr == VR_SQ || (e->flags & DS_F_ENCAPSULATED))
        return 1;
    if (vr_is_string((enum vr)e->vr)) {
        size_t len = trimmed_len(e->value, e->len);
        unsigned n = 1;
        if (len == 0)
            return 0;
        if (vr_is_single_text((enum vr)e->vr))
            return 1;
        for (size_t i = 0; i < len; i++)
            n += e->value[i] == '\\';
        return n;
    }
    size = vr_number_size((enum vr)e->vr);
    if (size)
        return (unsigned)(e->len / size);
    return e->len > 0 ? 1 : 0;
}

/* The `size` bytes of value `index` when e's VR is one of `vrs`. */
static int binary_value(const struct ds *ds, uint32_t tag, unsigned index, const enum vr *vrs,
                        size_t nvrs, size_t size, const uint8_t **p)
{
    const struct ds_elem *e = ds_find(ds, tag);
    size_t i;

    if (!e)
        return DG_ENOTFOUND;
    for (i = 0; i < nvrs; i++)
        if (e->vr == vrs[i])
            break;
    if (i == nvrs)
        return DG_EPARSE;
    if (index >= e->len / size)
        return DG_ENOTFOUND;
    *p = e->value + (size_t)index * size;
    return 0;
}

static uint16_t le16(const uint8_t *p)
{
    return (uint16_t)(p[0] | p[1] << 8);
}

static uint32_t le32(const uint8_t *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static uint64_t le64(const uint8_t *p)
{
    return (uint64_t)le32(p) | (uint64_t)le32(p + 4) << 32;
}

int ds_get_u16(const struct ds *ds, uint32_t tag, unsigned index, uint16_t *out)
{
    static const enum vr vrs[] = {VR_US, VR_SS, VR_OW};
    const uint8_t *p;
    int rc = binary_value(ds, tag, index, vrs, 3, 2, &p);
    if (rc == 0)
        *out = le16(p);
    return rc;
}

int ds_get_i16(const struct ds *ds, uint32_t tag, unsigned index, int16_t *out)
{
    static const enum vr vrs[] = {VR_SS, VR_US};
    const uint8_t *p;
    int rc = binary_value(ds, tag, index, vrs, 2, 2, &p);
    if (rc == 0)
        *out = (int16_t)le16(p);
    return rc;
}

int ds_get_u32(const struct ds *ds, uint32_t tag, unsigned index, uint32_t *out)
{
    static const enum vr vrs[] = {VR_UL, VR_SL, VR_OL};
    const uint8_t *p;
    int rc = binary_value(ds, tag, index, vrs, 3, 4, &p);
    if (rc == 0)
        *out = le32(p);
    return rc;
}

int ds_get_i32(const struct ds *ds, uint32_t tag, unsigned index, int32_t *out)
{
    static const enum vr vrs[] = {VR_SL, VR_UL};
    const uint8_t *p;
    int rc = binary_value(ds, tag, index, vrs, 2, 4, &p);
    if (rc == 0)
        *out = (int32_t)le32(p);
    return rc;
}

int ds_get_f32(const struct ds *ds, uint32_t tag, unsigned index, float *out)
{
    static const enum vr vrs[] = {VR_FL, VR_OF};
    const uint8_t *p;
    int rc = binary_value(ds, tag, index, vrs, 2, 4, &p);
    if (rc == 0) {
        uint32_t bits = le32(p);
        memcpy(out, &bits, sizeof *out);
    }
    return rc;
}

int ds_get_f64(const struct ds *ds, uint32_t tag, unsigned index, double *out)
{
    static const enum vr vrs[] = {VR_FD, VR_OD};
    const uint8_t *p;
    int rc = binary_value(ds, tag, index, vrs, 2, 8, &p);
    if (rc == 0) {
        uint64_t bits = le64(p);
        memcpy(out, &bits, sizeof *out);
    }
    return rc;
}

int ds_get_tag(const struct ds *ds, uint32_t tag, unsigned index, uint32_t *out)
{
    static const enum vr vrs[] = {VR_AT};
    const uint8_t *p;
    int rc = binary_value(ds, tag, index, vrs, 1, 4, &p);
    if (rc == 0)
        *out = (uint32_t)le16(p) << 16 | le16(p + 2);
    return rc;
}

/* Value `index` of a text number as a NUL-terminated string. */
static int number_text(const struct ds *ds, uint32_t tag, unsigned index, enum vr vr, char *buf,
                       size_t buflen)
{
    const struct ds_elem *e = ds_find(ds, tag);
    const uint8_t *p;
    size_t len;
    int rc;

    if (!e)
        return DG_ENOTFOUND;
    if (e->vr != vr)
        return DG_EPARSE;
    rc = string_value(e, index, &p, &len);
    if (rc)
        return rc;
    if (len == 0 || len >= buflen)
        return DG_EPARSE;
    memcpy(buf, p, len);
    buf[len] = '\0';
    return 0;
}

int ds_get_long(const struct ds *ds, uint32_t tag, unsigned index, long *out)
{
    char buf[32], *end;
    long v;
    int rc = number_text(ds, tag, index, VR_IS, buf, sizeof buf);

    if (rc)
        return rc;
    errno = 0;
    v = strtol(buf, &end, 10);
    if (errno || *end != '\0')
        return DG_EPARSE;
    *out = v;
    return 0;
}

int ds_get_double(const struct ds *ds, uint32_t tag, unsigned index, double *out)
{
    char buf[32], *end;
    double v;
    int rc = number_text(ds, tag, index, VR_DS, buf, sizeof buf);

    if (rc)
        return rc;
    errno = 0;
    v = strtod(buf, &end);
    if (errno || *end != '\0' || !isfinite(v))
        return DG_EPARSE;
    *out = v;
    return 0;
}

int ds_get_pn(const struct ds *ds, uint32_t tag, unsigned index, int group, char *out,
              size_t outlen)
{
    const struct ds_elem *e = ds_find(ds, tag);
    const uint8_t *p, *end;
    size_t len;
    int rc;

    if (outlen)
        out[0] = '\0';
    if (!e)
        return DG_ENOTFOUND;
    if (e->vr != VR_PN || group < 0 || group > 2)
        return DG_EPARSE;
    rc = string_value(e, index, &p, &len);
    if (rc)
        return rc;
    end = p + len;
    for (int g = 0; g < group; g++) {
        const uint8_t *eq = memchr(p, '=', (size_t)(end - p));
        if (!eq)
            return copy_out(p, 0, out, outlen);
        p = eq + 1;
    }
    {
        const uint8_t *eq = memchr(p, '=', (size_t)(end - p));
        const uint8_t *stop = eq ? eq : end;
        while (stop > p && is_pad(stop[-1]))
            stop--;
        return copy_out(p, (size_t)(stop - p), out, outlen);
    }
}

/* Encapsulated pixel data: items of (FFFE,E000) tag + 4-byte length, LE;
 * the decoder (encoding.c) checked the layout when it read or built the value. */
static int fragment_walk(const struct ds_elem *e, unsigned index, const uint8_t **p, size_t *len,
                         unsigned *count)
{
    size_t off = 0;
    unsigned n = 0;

    if (!(e->flags & DS_F_ENCAPSULATED))
        return DG_EPARSE;
    while (e->len - off >= 8) {
        uint32_t flen = le32(e->value + off + 4);
        if (le16(e->value + off) != 0xFFFE || le16(e->value + off + 2) != 0xE000 ||
            flen > e->len - off - 8)
            return DG_EPARSE;
        if (p && n == index) {
            *p = e->value + off + 8;
            *len = flen;
            return 0;
        }
        off += 8 + (size_t)flen;
        n++;
    }
    if (count)
        *count = n;
    return p ? DG_ENOTFOUND : 0;
}

int ds_elem_fragment(const struct ds_elem *e, unsigned index, const uint8_t **p, size_t *len)
{
    return fragment_walk(e, index, p, len, NULL);
}

unsigned ds_elem_fragment_count(const struct ds_elem *e)
{
    unsigned n = 0;
    if (fragment_walk(e, 0, NULL, NULL, &n))
        return 0;
    return n;
}

int ds_vr_is_bytes(enum vr vr)
{
    return vr == VR_OB || vr == VR_OD || vr == VR_OF || vr == VR_OL || vr == VR_OV || vr == VR_OW ||
           vr == VR_UN;
}

int ds_elem_is_bulk(const struct ds_elem *e)
{
    if (e->tag == DICT_TAG(0x7FE0, 0x0010) || (e->flags & DS_F_ENCAPSULATED))
        return 1;
    return ds_vr_is_bytes((enum vr)e->vr) && e->len > DS_BULK_MIN;
}

int ds_copy_ref(const struct ds *src, struct ds *dst, int cut_bulk)
{
    int rc = 0;

    for (size_t i = 0; rc == 0 && i < ds_count(src); i++) {
        const struct ds_elem *e = ds_at(src, i);
        if (DICT_ELEMENT(e->tag) == 0)
            continue;
        if (e->vr == VR_SQ && e->nitems == 0) {
            rc = ds_set_empty_sequence(dst, e->tag);
        } else if (e->vr == VR_SQ) {
            for (uint32_t k = 0; rc == 0 && k < e->nitems; k++) {
                struct ds *item;
                rc = ds_add_item(dst, e->tag, &item);
                if (rc == 0)
                    rc = ds_copy_ref(e->items[k], item, cut_bulk);
            }
        } else if ((cut_bulk && ds_elem_is_bulk(e)) || (e->flags & DS_F_ENCAPSULATED)) {
            rc = ds_set_ref(dst, e->tag, e->flags & DS_F_ENCAPSULATED ? VR_OB : (enum vr)e->vr,
                            NULL, 0);
        } else {
            rc = ds_set_ref(dst, e->tag, (enum vr)e->vr, e->value, e->len);
        }
    }
    return rc;
}

int ds_set_number_text(struct ds *ds, uint32_t tag, enum vr vr, const char *text, size_t len)
{
    size_t n = vr_number_size(vr);
    char s[64], *end;
    uint8_t b[8];

    if (n == 0 || vr == VR_AT || len == 0 || len >= sizeof s)
        return DG_EPARSE;
    memcpy(s, text, len);
    s[len] = '\0';
    if (vr == VR_FL || vr == VR_FD) {
        double d = strtod(s, &end);
        if (vr == VR_FL) {
            float f = (float)d;
            memcpy(b, &f, 4);
        } else {
            memcpy(b, &d, 8);
        }
    } else {
        /* In the VR's range, or refused: Rows=70000 must not become 4464. */
        int is_unsigned = vr == VR_US || vr == VR_UL || vr == VR_UV;
        unsigned long long u;
        errno = 0;
        if (is_unsigned) {
            u = strtoull(s, &end, 10);
            if (strchr(s, '-') || (n < 8 && u >> (8 * n)))
                return DG_EPARSE;
        } else {
            long long v = strtoll(s, &end, 10);
            long long limit = n < 8 ? 1LL << (8 * n - 1) : 0;
            if (n < 8 && (v < -limit || v >= limit))
                return DG_EPARSE;
            u = (unsigned long long)v;
        }
        if (errno == ERANGE)
            return DG_EPARSE;
        for (size_t i = 0; i < n; i++)
            b[i] = (uint8_t)(u >> (8 * i));
    }
    if (end == s || *end != '\0')
        return DG_EPARSE;
    return ds_set(ds, tag, vr, b, n);
}
