/* The DICOM data dictionary (etc/dgate.dic compiled into a table at build
 * time by src/dicom/mkdict.sh): tag -> VR, VM, keyword, name, and keyword ->
 * tag. Lookups are binary searches; nothing is read at run time. */
#ifndef DG_DICOM_DICT_H
#define DG_DICOM_DICT_H

#include <stddef.h>
#include <stdint.h>

#include "dicom/vr.h"

#define DICT_TAG(g, e) (((uint32_t)(g) << 16) | (uint32_t)(e))
#define DICT_GROUP(tag) ((uint16_t)((tag) >> 16))
#define DICT_ELEMENT(tag) ((uint16_t)((tag)&0xFFFF))

struct dict_entry {
    uint32_t tag;        /* for repeating groups, with the x digits zero */
    uint32_t mask;       /* 0xFFFFFFFF, or the bits that matter for (60xx,...) */
    uint8_t vr;          /* enum vr: the first VR listed */
    uint8_t vr_alt;      /* the second VR of "OB|OW", "US|SS" ..., else vr */
    const char *vm;      /* "1", "1-n", "2-2n" ... */
    const char *keyword; /* "PatientName" */
    const char *name;    /* "Patient's Name" as in the dictionary file */
};

/* The entry for a tag (exact tags first, then repeating groups), or NULL. */
const struct dict_entry *dict_find(uint32_t tag);

/* The entry whose keyword is `keyword` (case-sensitive), or NULL. */
const struct dict_entry *dict_find_keyword(const char *keyword);

/* The VR a tag has when read in implicit VR: the dictionary's, UL for group
 * lengths (gggg,0000), LO for private creators (odd gggg,0010-00FF), UN for
 * everything unknown (private tags included). */
enum vr dict_vr(uint32_t tag);

/* The keyword for printing: the dictionary's, "GenericGroupLength",
 * "PrivateCreator", or "Unknown". Never NULL. */
const char *dict_keyword(uint32_t tag);

/* How many entries the compiled table has (for tests and --version). */
size_t dict_size(void);

#endif
