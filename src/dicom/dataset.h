/* The in-memory dataset: elements sorted by tag, sequences of items nested to
 * any depth, values as byte ranges (into the decoded input where possible,
 * else into the dataset's own arena), typed accessors. Values are always
 * little endian here: big endian input is swapped when it is decoded.
 * Encoding and decoding live in encoding.h, files in part10.h. */
#ifndef DG_DICOM_DATASET_H
#define DG_DICOM_DATASET_H

#include <stddef.h>
#include <stdint.h>

#include "dicom/dict.h"
#include "dicom/vr.h"

#define DS_UNDEFINED_LENGTH 0xFFFFFFFFu

/* Element flags. */
enum {
    DS_F_UNDEFINED = 1u << 0,    /* SQ or encapsulated pixel data written with undefined length */
    DS_F_ENCAPSULATED = 1u << 1, /* value = the raw items (offset table + fragments), LE */
};

struct ds; /* a dataset or an item: opaque */

struct ds_elem {
    uint32_t tag;
    uint16_t vr;    /* enum vr */
    uint16_t flags; /* DS_F_* */
    /* Value length in bytes (odd lengths tolerated on read). A sequence read
     * from input keeps its defined length or DS_UNDEFINED_LENGTH; encapsulated
     * data counts its items' bytes, without the sequence delimiter. */
    uint32_t len;
    const uint8_t *value; /* len bytes; NULL when len is 0 and for SQ */
    struct ds **items;    /* SQ: the items, in order */
    uint32_t nitems;
};

/* A new empty dataset (a root: it owns the memory of everything below it).
 * Returns NULL when out of memory. */
struct ds *ds_new(void);
/* Free a root dataset and everything it owns; NULL is fine. */
void ds_free(struct ds *ds);
/* Empty a root dataset for reuse, keeping its first memory block. */
void ds_clear(struct ds *ds);

/* Number of elements and the i-th one in tag order (NULL when out of range). */
size_t ds_count(const struct ds *ds);
const struct ds_elem *ds_at(const struct ds *ds, size_t i);
/* The element with `tag`, or NULL. Binary search. */
const struct ds_elem *ds_find(const struct ds *ds, uint32_t tag);

/* For items: 1 when the item was read (and will be written) with undefined
 * length; ds_item_set_undefined changes that. */
int ds_item_undefined(const struct ds *item);
void ds_item_set_undefined(struct ds *item, int undefined);

/* Set (replace or insert) an element whose value is copied into the
 * dataset. `len` may be odd; the writer pads. Returns 0, -ENOMEM, -EINVAL
 * (SQ: use ds_add_item). */
int ds_set(struct ds *ds, uint32_t tag, enum vr vr, const void *value, size_t len);
/* As ds_set but without copying: `value` must outlive the dataset. */
int ds_set_ref(struct ds *ds, uint32_t tag, enum vr vr, const void *value, size_t len);
/* A string value (NUL-terminated, no padding needed: the writer pads). */
int ds_set_string(struct ds *ds, uint32_t tag, enum vr vr, const char *s);
/* Binary values, written little endian. */
int ds_set_u16(struct ds *ds, uint32_t tag, uint16_t v); /* VR US */
int ds_set_u32(struct ds *ds, uint32_t tag, uint32_t v); /* VR UL */
/* A binary number element (US SS UL SL FL FD SV UV) from its decimal text
 * (len bytes): what the index and DICOMweb hold as text made binary again.
 * Returns 0, DG_EPARSE (not a number, out of the VR's range, or not such
 * a VR), -ENOMEM. */
int ds_set_number_text(struct ds *ds, uint32_t tag, enum vr vr, const char *text, size_t len);
/* Append a new empty item to the sequence `tag` (created, undefined length,
 * when absent) and return it in *item. */
int ds_add_item(struct ds *ds, uint32_t tag, struct ds **item);
/* Set (replace or insert) the sequence `tag` with no items (defined length
 * zero): the zero-length answer to a sequence key. */
int ds_set_empty_sequence(struct ds *ds, uint32_t tag);
/* Remove an element; DG_ENOTFOUND when absent. */
int ds_remove(struct ds *ds, uint32_t tag);

/* Typed accessors. All return 0, DG_ENOTFOUND (no such element or value
 * index), DG_EPARSE (value of the wrong VR/size or not a number) or
 * DG_ETOOBIG (the text does not fit in out; out is then truncated). */

/* The whole value as text with trailing spaces and NULs removed (for
 * multi-valued strings the '\' stay). out is always NUL-terminated. */
int ds_get_string(const struct ds *ds, uint32_t tag, char *out, size_t outlen);
/* Value `index` (0-based) of a '\' separated string, padding removed
 * (leading and trailing spaces for all but UT/ST/LT, trailing only there). */
int ds_get_string_at(const struct ds *ds, uint32_t tag, unsigned index, char *out, size_t outlen);
/* Same on an element in hand. */
int ds_elem_string(const struct ds_elem *e, char *out, size_t outlen);
int ds_elem_string_at(const struct ds_elem *e, unsigned index, char *out, size_t outlen);

/* The value multiplicity as dcmdump counts it: '\'-separated values for
 * strings (0 when empty), len / size for binary numbers, 1 for SQ, OB, OW,
 * encapsulated pixel data and the other byte strings (0 when empty). */
unsigned ds_elem_vm(const struct ds_elem *e);

/* Binary numbers at value `index`; the VR must match (US, UL, SS, SL, FL,
 * FD, AT: AT gives (group << 16) | element). */
int ds_get_u16(const struct ds *ds, uint32_t tag, unsigned index, uint16_t *out);
int ds_get_u32(const struct ds *ds, uint32_t tag, unsigned index, uint32_t *out);
int ds_get_i16(const struct ds *ds, uint32_t tag, unsigned index, int16_t *out);
int ds_get_i32(const struct ds *ds, uint32_t tag, unsigned index, int32_t *out);
int ds_get_f32(const struct ds *ds, uint32_t tag, unsigned index, float *out);
int ds_get_f64(const struct ds *ds, uint32_t tag, unsigned index, double *out);
int ds_get_tag(const struct ds *ds, uint32_t tag, unsigned index, uint32_t *out);
/* Text numbers: IS -> long, DS -> double, value `index`. */
int ds_get_long(const struct ds *ds, uint32_t tag, unsigned index, long *out);
int ds_get_double(const struct ds *ds, uint32_t tag, unsigned index, double *out);

/* Person names: component group 0 (alphabetic), 1 (ideographic) or 2
 * (phonetic) of value `index`, trailing padding removed, bytes untouched
 * (character sets: charset.h). A missing group gives an empty string. */
int ds_get_pn(const struct ds *ds, uint32_t tag, unsigned index, int group, char *out,
              size_t outlen);

/* Encapsulated pixel data: fragment `index` (0 is the basic offset table)
 * of an element with DS_F_ENCAPSULATED. */
int ds_elem_fragment(const struct ds_elem *e, unsigned index, const uint8_t **p, size_t *len);
/* Number of items (offset table included) of an encapsulated element. */
unsigned ds_elem_fragment_count(const struct ds_elem *e);

/* Values given by reference rather than inline in DICOM JSON (PS3.18 F.2.7)
 * and left out of the metadata the index keeps: Pixel Data (whatever its
 * form) and values of a binary-bytes VR (OB OD OF OL OV OW UN) longer than
 * DS_BULK_MIN bytes. */
#define DS_BULK_MIN 1024
int ds_vr_is_bytes(enum vr vr);
int ds_elem_is_bulk(const struct ds_elem *e);

/* Copy every element of src (group lengths left out) into the empty dst,
 * referring to src's values (src must outlive dst); with cut_bulk, bulk
 * values (ds_elem_is_bulk) become empty ones of their VR; encapsulated
 * Pixel Data always does (as OB: its fragments are not copied). Returns 0
 * or -ENOMEM. */
int ds_copy_ref(const struct ds *src, struct ds *dst, int cut_bulk);

#endif
