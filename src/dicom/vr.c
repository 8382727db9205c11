/* Value Representation properties: one table indexed by enum vr. */
#include "dicom/vr.h"

struct vr_info {
    char code[3];
    uint8_t long_length;
    uint8_t string;
    uint8_t single_text;
    uint8_t pad;
    uint8_t swap;
    uint8_t number; /* bytes of one binary number (US ... FD, AT), else 0 */
};

static const struct vr_info vr_table[VR_COUNT] = {
    [VR_UN] = {"UN", 1, 0, 0, 0, 1, 0},   [VR_AE] = {"AE", 0, 1, 0, ' ', 1, 0},
    [VR_AS] = {"AS", 0, 1, 0, ' ', 1, 0}, [VR_AT] = {"AT", 0, 0, 0, 0, 2, 4},
    [VR_CS] = {"CS", 0, 1, 0, ' ', 1, 0}, [VR_DA] = {"DA", 0, 1, 0, ' ', 1, 0},
    [VR_DS] = {"DS", 0, 1, 0, ' ', 1, 0}, [VR_DT] = {"DT", 0, 1, 0, ' ', 1, 0},
    [VR_FD] = {"FD", 0, 0, 0, 0, 8, 8},   [VR_FL] = {"FL", 0, 0, 0, 0, 4, 4},
    [VR_IS] = {"IS", 0, 1, 0, ' ', 1, 0}, [VR_LO] = {"LO", 0, 1, 0, ' ', 1, 0},
    [VR_LT] = {"LT", 0, 1, 1, ' ', 1, 0}, [VR_OB] = {"OB", 1, 0, 0, 0, 1, 0},
    [VR_OD] = {"OD", 1, 0, 0, 0, 8, 0},   [VR_OF] = {"OF", 1, 0, 0, 0, 4, 0},
    [VR_OL] = {"OL", 1, 0, 0, 0, 4, 0},   [VR_OV] = {"OV", 1, 0, 0, 0, 8, 0},
    [VR_OW] = {"OW", 1, 0, 0, 0, 2, 0},   [VR_PN] = {"PN", 0, 1, 0, ' ', 1, 0},
    [VR_SH] = {"SH", 0, 1, 0, ' ', 1, 0}, [VR_SL] = {"SL", 0, 0, 0, 0, 4, 4},
    [VR_SQ] = {"SQ", 1, 0, 0, 0, 1, 0},   [VR_SS] = {"SS", 0, 0, 0, 0, 2, 2},
    [VR_ST] = {"ST", 0, 1, 1, ' ', 1, 0}, [VR_SV] = {"SV", 1, 0, 0, 0, 8, 8},
    [VR_TM] = {"TM", 0, 1, 0, ' ', 1, 0}, [VR_UC] = {"UC", 1, 1, 0, ' ', 1, 0},
    [VR_UI] = {"UI", 0, 1, 0, 0, 1, 0},   [VR_UL] = {"UL", 0, 0, 0, 0, 4, 4},
    [VR_UR] = {"UR", 1, 1, 1, ' ', 1, 0}, [VR_US] = {"US", 0, 0, 0, 0, 2, 2},
    [VR_UT] = {"UT", 1, 1, 1, ' ', 1, 0}, [VR_UV] = {"UV", 1, 0, 0, 0, 8, 8},
    [VR_NA] = {"na", 0, 0, 0, 0, 1, 0},
};

int vr_from_code(const uint8_t code[2])
{
    /* VR_NA is not a code that appears in explicit VR streams. */
    for (int i = 0; i < VR_NA; i++)
        if (vr_table[i].code[0] == code[0] && vr_table[i].code[1] == code[1])
            return i;
    return -1;
}

const char *vr_name(enum vr vr)
{
    return (unsigned)vr < VR_COUNT ? vr_table[vr].code : "??";
}

int vr_has_long_length(enum vr vr)
{
    return (unsigned)vr < VR_COUNT && vr_table[vr].long_length;
}

int vr_is_string(enum vr vr)
{
    return (unsigned)vr < VR_COUNT && vr_table[vr].string;
}

int vr_is_single_text(enum vr vr)
{
    return (unsigned)vr < VR_COUNT && vr_table[vr].single_text;
}

uint8_t vr_pad_byte(enum vr vr)
{
    return (unsigned)vr < VR_COUNT ? vr_table[vr].pad : 0;
}

size_t vr_swap_unit(enum vr vr)
{
    return (unsigned)vr < VR_COUNT ? vr_table[vr].swap : 1;
}

size_t vr_number_size(enum vr vr)
{
    return (unsigned)vr < VR_COUNT ? vr_table[vr].number : 0;
}
