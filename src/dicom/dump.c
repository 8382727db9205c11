/* dcmdump-like printing: one line per element, the value cut as dcmdump
 * cuts it (70 characters), then "# length, VM keyword" in column 56 of the
 * element's level. The point is that a person (and our tests) can put our
 * view of a file next to dcmtk's. */
#include <stdio.h>
#include <string.h>

#include "dicom/ds_internal.h"
#include "dicom/dict.h"
#include "dicom/dump.h"
#include "dicom/uid.h"
#include "util/error.h"

#define LINE_VALUE_MAX 70 /* dcmdump's DCM_OptPrintLineLength */
#define CUT_MARK "..."

/* A value being formatted: at most LINE_VALUE_MAX + the cut mark. */
struct text {
    char s[LINE_VALUE_MAX + sizeof CUT_MARK + 1];
    size_t len;
};

static void text_add(struct text *t, const char *p, size_t n)
{
    if (n > sizeof t->s - 1 - t->len)
        n = sizeof t->s - 1 - t->len;
    memcpy(t->s + t->len, p, n);
    t->len += n;
    t->s[t->len] = '\0';
}

/* Strings are shown whole when "[value]" fits in 70 characters, else the
 * first 67 and "...". */
static void format_string(struct text *t, const uint8_t *p, size_t len)
{
    size_t shown = len + 2 <= LINE_VALUE_MAX ? len : LINE_VALUE_MAX - 3 - 1;

    text_add(t, "[", 1);
    text_add(t, (const char *)p, shown);
    if (shown < len)
        text_add(t, CUT_MARK, 3);
    else
        text_add(t, "]", 1);
}

static uint64_t le(const uint8_t *p, size_t n)
{
    uint64_t v = 0;
    for (size_t i = n; i > 0; i--)
        v = v << 8 | p[i - 1];
    return v;
}

/* One binary number as text. */
static int format_number(char *out, size_t outlen, enum vr vr, const uint8_t *p)
{
    float f;
    double d;
    uint32_t bits32;
    uint64_t bits64;

    switch (vr) {
    case VR_US:
        return snprintf(out, outlen, "%u", (unsigned)le(p, 2));
    case VR_SS:
        return snprintf(out, outlen, "%d", (int)(int16_t)le(p, 2));
    case VR_UL:
        return snprintf(out, outlen, "%lu", (unsigned long)le(p, 4));
    case VR_SL:
        return snprintf(out, outlen, "%ld", (long)(int32_t)le(p, 4));
    case VR_UV:
        return snprintf(out, outlen, "%llu", (unsigned long long)le(p, 8));
    case VR_SV:
        return snprintf(out, outlen, "%lld", (long long)(int64_t)le(p, 8));
    case VR_FL:
        bits32 = (uint32_t)le(p, 4);
        memcpy(&f, &bits32, sizeof f);
        return snprintf(out, outlen, "%.9g", (double)f);
    case VR_FD:
        bits64 = le(p, 8);
        memcpy(&d, &bits64, sizeof d);
        return snprintf(out, outlen, "%.17g", d);
    case VR_AT:
        return snprintf(out, outlen, "(%04x,%04x)", (unsigned)le(p, 2), (unsigned)le(p + 2, 2));
    default:
        return snprintf(out, outlen, "?");
    }
}

/* Numbers joined with '\': another value is added only while the text
 * stays within 67 characters, as dcmdump does. */
static void format_numbers(struct text *t, enum vr vr, const uint8_t *p, size_t len, size_t size)
{
    size_t count = len / size;

    for (size_t i = 0; i < count; i++) {
        char one[48];
        int n = format_number(one + 1, sizeof one - 1, vr, p + i * size);
        size_t add;
        one[0] = '\\';
        add = (size_t)n + (i > 0);
        if (t->len + add > LINE_VALUE_MAX - 3) {
            text_add(t, CUT_MARK, 3);
            return;
        }
        text_add(t, i > 0 ? one : one + 1, add);
    }
}

/* Byte strings in hex, `size` bytes per word; when the whole would pass 70
 * characters, only the words that fit in 67 and "...". */
static void format_hex(struct text *t, const uint8_t *p, size_t len, size_t size)
{
    size_t count = len / size, width = 2 * size + 1, shown = count;

    if (count > 0 && count * width - 1 > LINE_VALUE_MAX)
        shown = (LINE_VALUE_MAX - 3) / width;
    for (size_t i = 0; i < shown; i++) {
        char one[24];
        int n = snprintf(one, sizeof one, "%s%0*llx", i ? "\\" : "", (int)(2 * size),
                         (unsigned long long)le(p + i * size, size));
        text_add(t, one, (size_t)n);
    }
    if (shown < count)
        text_add(t, CUT_MARK, 3);
}

static void format_value(struct text *t, const struct ds_elem *e)
{
    enum vr vr = (enum vr)e->vr;
    size_t len = e->len;

    if (vr_is_string(vr)) {
        while (len > 0 && (e->value[len - 1] == ' ' || e->value[len - 1] == '\0'))
            len--;
        if (len > 0)
            format_string(t, e->value, len);
    } else if (vr_number_size(vr)) {
        format_numbers(t, vr, e->value, len, vr_number_size(vr));
    } else {
        /* OB OD OF OL OV OW UN: hex words as wide as their byte-swap unit. */
        format_hex(t, e->value, len, vr_swap_unit(vr));
    }
    if (t->len == 0)
        text_add(t, "(no value available)", 20);
}

static void print_line(FILE *out, int depth, uint32_t tag, const char *vr, const char *value,
                       const char *len, unsigned vm, const char *keyword)
{
    fprintf(out, "%*s(%04x,%04x) %s %-*s # %3s,%2u %s\n", 2 * depth, "", DICT_GROUP(tag),
            DICT_ELEMENT(tag), vr, 55 - 15, value, len, vm, keyword);
}

/* dcmdump's names: retired elements get a prefix, unknown ones a phrase. */
static const char *keyword_of(uint32_t tag, char *buf, size_t buflen)
{
    static const char retired[] = "(Retired)";
    const struct dict_entry *d = dict_find(tag);
    const char *k = dict_keyword(tag);
    size_t n;

    if (strcmp(k, "Unknown") == 0)
        return "Unknown Tag & Data";
    n = d ? strlen(d->name) : 0;
    if (n >= sizeof retired - 1 && strcmp(d->name + n - (sizeof retired - 1), retired) == 0) {
        snprintf(buf, buflen, "RETIRED_%s", k);
        return buf;
    }
    return k;
}

static void length_text(char *out, size_t n, uint32_t len, int undefined)
{
    if (undefined)
        snprintf(out, n, "u/l");
    else
        snprintf(out, n, "%lu", (unsigned long)len);
}

static void dump_encapsulated(FILE *out, const struct ds_elem *e, int depth)
{
    unsigned count = ds_elem_fragment_count(e);
    char head[48], kw[96];

    snprintf(head, sizeof head, "(PixelSequence #=%u)", count);
    print_line(out, depth, e->tag, vr_name((enum vr)e->vr), head, "u/l", 1,
               keyword_of(e->tag, kw, sizeof kw));
    for (unsigned i = 0; i < count; i++) {
        const uint8_t *p;
        size_t len;
        struct text t = {.len = 0};
        char lentext[16];
        if (ds_elem_fragment(e, i, &p, &len) != 0)
            break;
        t.s[0] = '\0';
        format_hex(&t, p, len, 1);
        if (t.len == 0)
            text_add(&t, "(no value available)", 20);
        length_text(lentext, sizeof lentext, (uint32_t)len, 0);
        print_line(out, depth + 1, 0xFFFEE000u, "pi", t.s, lentext, 1, "Item");
    }
    print_line(out, depth, 0xFFFEE0DDu, "na", "(SequenceDelimitationItem)", "0", 0,
               "SequenceDelimitationItem");
}

static void dump_sequence(FILE *out, const struct ds_elem *e, int depth)
{
    int undefined = (e->flags & DS_F_UNDEFINED) != 0;
    char head[64], lentext[16], kw[96];

    snprintf(head, sizeof head, "(Sequence with %s length #=%u)",
             undefined ? "undefined" : "explicit", e->nitems);
    length_text(lentext, sizeof lentext, e->len, undefined);
    print_line(out, depth, e->tag, "SQ", head, lentext, 1, keyword_of(e->tag, kw, sizeof kw));
    for (uint32_t i = 0; i < e->nitems; i++) {
        const struct ds *item = e->items[i];
        int item_undefined = ds_item_undefined(item);
        snprintf(head, sizeof head, "(Item with %s length #=%zu)",
                 item_undefined ? "undefined" : "explicit", ds_count(item));
        length_text(lentext, sizeof lentext, ds_item_length(item), item_undefined);
        print_line(out, depth + 1, 0xFFFEE000u, "na", head, lentext, 1, "Item");
        dump_ds(out, item, depth + 2);
        print_line(out, depth + 1, 0xFFFEE00Du, "na",
                   item_undefined ? "(ItemDelimitationItem)"
                                  : "(ItemDelimitationItem for re-encoding)",
                   "0", 0, "ItemDelimitationItem");
    }
    print_line(out, depth, 0xFFFEE0DDu, "na",
               undefined ? "(SequenceDelimitationItem)"
                         : "(SequenceDelimitationItem for re-encod.)",
               "0", 0, "SequenceDelimitationItem");
}

void dump_ds(FILE *out, const struct ds *ds, int depth)
{
    for (size_t i = 0; i < ds_count(ds); i++) {
        const struct ds_elem *e = ds_at(ds, i);
        struct text t = {.len = 0};
        char lentext[16], kw[96];

        if (e->vr == VR_SQ) {
            dump_sequence(out, e, depth);
            continue;
        }
        if (e->flags & DS_F_ENCAPSULATED) {
            dump_encapsulated(out, e, depth);
            continue;
        }
        t.s[0] = '\0';
        format_value(&t, e);
        length_text(lentext, sizeof lentext, e->len, 0);
        print_line(out, depth, e->tag, vr_name((enum vr)e->vr), t.s, lentext, ds_elem_vm(e),
                   keyword_of(e->tag, kw, sizeof kw));
    }
}

void dump_file(FILE *out, const struct p10_file *f)
{
    if (f->has_meta) {
        fprintf(out, "\n# Dicom-File-Format\n\n# Dicom-Meta-Information-Header\n");
        fprintf(out, "# Used TransferSyntax: %s\n", ts_explicit_le()->name);
        dump_ds(out, f->meta, 0);
    }
    fprintf(out, "\n# Dicom-Data-Set\n# Used TransferSyntax: %s\n",
            f->ts->uid[0] ? f->ts->name : f->ts_uid);
    dump_ds(out, f->ds, 0);
}

int dump_main(const char *path)
{
    struct p10_file f;
    int rc = p10_read_file(path, NULL, &f);

    if (rc) {
        fprintf(stderr, "dgate: cannot read %s: %s\n", path, dg_strerror(rc));
        return 1;
    }
    dump_file(stdout, &f);
    p10_close(&f);
    return fflush(stdout) == 0 ? 0 : 1;
}

int dump_sop_uid(const char *path)
{
    struct p10_file f;
    char uid[UID_MAX_LEN + 1];
    int rc = p10_read_header(path, NULL, &f);

    if (rc == 0) {
        /* The dataset's own: the meta header may be absent or disagree. */
        rc = ds_get_string(f.ds, DICT_TAG(0x0008, 0x0018), uid, sizeof uid);
        p10_close(&f);
        if (rc == 0 && uid_check_str(uid, UID_LENIENT) != 0)
            rc = DG_EUID;
    }
    if (rc) {
        fprintf(stderr, "dgate: %s: no SOPInstanceUID: %s\n", path, dg_strerror(rc));
        return 1;
    }
    printf("%s\n", uid);
    return fflush(stdout) == 0 ? 0 : 1;
}
