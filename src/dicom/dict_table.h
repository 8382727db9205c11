/* The tables that src/dicom/mkdict.sh generates from etc/dgate.dic; only
 * dict.c reads them. */
#ifndef DG_DICOM_DICT_TABLE_H
#define DG_DICOM_DICT_TABLE_H

#include <stddef.h>
#include <stdint.h>

#include "dicom/dict.h"

/* Exact tags, then (ggxx,eeee) entries, then (gggg,eexx) entries, each
 * part sorted by tag. */
extern const struct dict_entry dict_entries[];
extern const size_t dict_exact_count;
extern const size_t dict_group_repeating_count;
extern const size_t dict_element_repeating_count;
/* Indices into dict_entries sorted by keyword; one per entry. */
extern const uint16_t dict_keyword_index[];

#endif
