/* What the encoder and decoder (encoding.c) need from the dataset beyond the public API: memory
 * from the root's arena, element slots filled in place, items created. Only the .c files of
 * src/dicom include this. */
#ifndef DG_DICOM_DS_INTERNAL_H
#define DG_DICOM_DS_INTERNAL_H

#include "dicom/dataset.h"

/* n bytes (8-aligned) that live as long as the root of ds; NULL on ENOMEM. */
void *ds_alloc(struct ds *ds, size_t n);
/* The slot for `tag` (inserted in order or, when present, reset) with vr
 * set and everything else zero; NULL on ENOMEM. The pointer is valid until
 * the next insertion into the same ds. */
struct ds_elem *ds_put(struct ds *ds, uint32_t tag, enum vr vr);
/* A new empty item belonging to ds's root, appended to the SQ element e
 * (which lives in ds). NULL on ENOMEM. */
struct ds *ds_append_item(struct ds *ds, struct ds_elem *e);

/* The length a defined-length item had when it was read (for printing). */
uint32_t ds_item_length(const struct ds *item);
void ds_item_set_length(struct ds *item, uint32_t len);

#endif
