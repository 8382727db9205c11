/* Dictionary lookups over the generated tables (dict_table.h): binary search
 * by tag in the exact part, then in each repeating-group part with its mask;
 * binary search by keyword over the keyword index. */
#include <string.h>

#include "dicom/dict.h"
#include "dicom/dict_table.h"

static const struct dict_entry *search_tag(const struct dict_entry *base, size_t n, uint32_t key)
{
    size_t lo = 0, hi = n;

    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (base[mid].tag < key)
            lo = mid + 1;
        else if (base[mid].tag > key)
            hi = mid;
        else
            return &base[mid];
    }
    return NULL;
}

const struct dict_entry *dict_find(uint32_t tag)
{
    const struct dict_entry *e = search_tag(dict_entries, dict_exact_count, tag);
    const struct dict_entry *group_part = dict_entries + dict_exact_count;
    const struct dict_entry *element_part = group_part + dict_group_repeating_count;
    uint16_t group = DICT_GROUP(tag);

    if (e)
        return e;
    /* Repeating groups are the even groups 50xx and 60xx (curves, overlays)
     * and (0020,31xx); private (odd) groups never repeat. */
    if (group & 1)
        return NULL;
    e = search_tag(group_part, dict_group_repeating_count, tag & 0xFF00FFFFu);
    if (e)
        return e;
    return search_tag(element_part, dict_element_repeating_count, tag & 0xFFFFFF00u);
}

const struct dict_entry *dict_find_keyword(const char *keyword)
{
    size_t lo = 0,
           hi = dict_exact_count + dict_group_repeating_count + dict_element_repeating_count;

    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const struct dict_entry *e = &dict_entries[dict_keyword_index[mid]];
        int c = strcmp(e->keyword, keyword);
        if (c < 0)
            lo = mid + 1;
        else if (c > 0)
            hi = mid;
        else
            return e;
    }
    return NULL;
}

static int is_private_creator(uint32_t tag)
{
    uint16_t element = DICT_ELEMENT(tag);
    return (DICT_GROUP(tag) & 1) && element >= 0x0010 && element <= 0x00FF;
}

enum vr dict_vr(uint32_t tag)
{
    const struct dict_entry *e;

    e = dict_find(tag);
    if (!e) {
        if (DICT_ELEMENT(tag) == 0)
            return VR_UL;
        return is_private_creator(tag) ? VR_LO : VR_UN;
    }
    /* Implicit VR data has no VR: "OB or OW" values (pixel data) are OW
     * there, as PS3.5 A.1 says; the other pairs take the first VR. */
    if (e->vr == VR_OB && e->vr_alt == VR_OW)
        return VR_OW;
    return (enum vr)e->vr;
}

const char *dict_keyword(uint32_t tag)
{
    const struct dict_entry *e = dict_find(tag);

    if (e)
        return e->keyword;
    if (DICT_ELEMENT(tag) == 0)
        return "GenericGroupLength";
    if (is_private_creator(tag))
        return "PrivateCreator";
    return "Unknown";
}

size_t dict_size(void)
{
    return dict_exact_count + dict_group_repeating_count + dict_element_repeating_count;
}
