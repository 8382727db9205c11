/* Value Representations (PS3.5 6.2): the two-letter codes, which VRs carry a
 * 4-byte length in explicit VR, how values are padded and swapped. Not the
 * dictionary (dict.h) and not value parsing (dataset.h). */
#ifndef DG_DICOM_VR_H
#define DG_DICOM_VR_H

#include <stddef.h>
#include <stdint.h>

enum vr {
    VR_UN = 0, /* unknown: also what unknown private tags read as */
    VR_AE,
    VR_AS,
    VR_AT,
    VR_CS,
    VR_DA,
    VR_DS,
    VR_DT,
    VR_FD,
    VR_FL,
    VR_IS,
    VR_LO,
    VR_LT,
    VR_OB,
    VR_OD,
    VR_OF,
    VR_OL,
    VR_OV,
    VR_OW,
    VR_PN,
    VR_SH,
    VR_SL,
    VR_SQ,
    VR_SS,
    VR_ST,
    VR_SV,
    VR_TM,
    VR_UC,
    VR_UI,
    VR_UL,
    VR_UR,
    VR_US,
    VR_UT,
    VR_UV,
    VR_NA, /* items and delimiters (FFFE,xxxx): no VR of their own */
    VR_COUNT
};

/* The VR for two ASCII letters, or -1 when they name no VR. */
int vr_from_code(const uint8_t code[2]);

/* The two-letter code ("PN"); "??" for an out-of-range value. */
const char *vr_name(enum vr vr);

/* In explicit VR, 1 when the VR has 2 reserved bytes and a 4-byte length
 * (OB OD OF OL OV OW SQ SV UC UN UR UT UV), 0 for a 2-byte length. */
int vr_has_long_length(enum vr vr);

/* 1 for the character-string VRs (AE AS CS DA DS DT IS LO LT PN SH ST TM UC
 * UI UR UT), whose values are text split on '\' (except LT ST UR UT). */
int vr_is_string(enum vr vr);

/* 1 for string VRs that hold one value even if it contains '\' (LT ST UR UT). */
int vr_is_single_text(enum vr vr);

/* The byte an odd-length value is padded with: NUL for UI and binary VRs,
 * a space for the other string VRs. */
uint8_t vr_pad_byte(enum vr vr);

/* The size of the unit whose bytes swap between little and big endian:
 * 2 (US SS OW AT), 4 (UL SL FL OF OL), 8 (FD OD SV UV OV), else 1. */
size_t vr_swap_unit(enum vr vr);

/* The size of one value of a binary number VR: 2 (US SS), 4 (UL SL FL AT),
 * 8 (FD SV UV); 0 for every other VR (OB, OW ... hold one value). */
size_t vr_number_size(enum vr vr);

#endif
