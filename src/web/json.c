/* The DICOM JSON model (PS3.18 F.2): one object per dataset, keyed by the
 * tag in eight upper-case hex digits, each value {"vr": ..., "Value": [...]}
 * or a BulkDataURI or InlineBinary. Text values are decoded to UTF-8 before
 * they are split on '\' (a multi-byte character set may hold that byte
 * inside a character) and trimmed; numbers written as text (DS, IS) become
 * JSON numbers, rewritten when their DICOM form is not a JSON number (+1,
 * .5, 007); a value that is no number at all stays a string, so that bad
 * data never makes bad JSON. */
#include "web/json.h"

#include "dicom/charset.h"
#include "dicom/dict.h"
#include "util/base64.h"
#include "util/error.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SPECIFIC_CHARACTER_SET DICT_TAG(0x0008, 0x0005)
#define PATH_MAX_BYTES (64 * 1024)

struct walk {
    const struct json_opts *o;
    struct buf *out;
    struct buf text; /* one element's value in UTF-8 */
    struct buf path; /* the BulkDataURI path of the sequence items we are in */
    struct cs_conv *cv;
};

static int put(struct buf *out, const char *s)
{
    return buf_append(out, s, strlen(s));
}

int json_string(const char *s, size_t len, struct buf *out)
{
    static const char hex[] = "0123456789abcdef";
    size_t run = 0;
    int rc = buf_append(out, "\"", 1);

    /* Runs of characters that need no escape are copied in one append. */
    for (size_t i = 0; rc == 0 && i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        char esc[7];
        size_t n = 0;
        if (c == '"' || c == '\\') {
            esc[0] = '\\';
            esc[1] = (char)c;
            n = 2;
        } else if (c < 0x20) {
            memcpy(esc, "\\u00", 4);
            esc[4] = hex[c >> 4];
            esc[5] = hex[c & 15];
            n = 6;
        } else {
            run++;
            continue;
        }
        rc = buf_append(out, s + i - run, run);
        if (rc == 0)
            rc = buf_append(out, esc, n);
        run = 0;
    }
    if (rc == 0)
        rc = buf_append(out, s + len - run, run);
    return rc ? rc : buf_append(out, "\"", 1);
}

/* 1 when s is a number as JSON writes them. */
static int is_json_number(const char *s, size_t len)
{
    size_t i = 0;

    if (i < len && s[i] == '-')
        i++;
    if (i < len && s[i] == '0')
        i++;
    else if (i < len && s[i] >= '1' && s[i] <= '9')
        while (i < len && s[i] >= '0' && s[i] <= '9')
            i++;
    else
        return 0;
    if (i < len && s[i] == '.') {
        size_t d = ++i;
        while (i < len && s[i] >= '0' && s[i] <= '9')
            i++;
        if (i == d)
            return 0;
    }
    if (i < len && (s[i] == 'e' || s[i] == 'E')) {
        i++;
        if (i < len && (s[i] == '+' || s[i] == '-'))
            i++;
        size_t d = i;
        while (i < len && s[i] >= '0' && s[i] <= '9')
            i++;
        if (i == d)
            return 0;
    }
    return i == len;
}

/* A double as the shortest decimal that reads back as it; JSON has no
 * NaN or infinity, so those are the strings PS3.18 F.2.3.1 names. */
/* The shortest text that reads back as v: as a float for FL (0.1f is 0.1,
 * not 0.10000000149011612), as a double otherwise. */
static int put_double(struct buf *out, double v, int single)
{
    char s[32];

    if (isnan(v))
        return put(out, "\"NaN\"");
    if (isinf(v))
        return put(out, v > 0 ? "\"inf\"" : "\"-inf\"");
    for (int prec = 1; prec <= 17; prec++) {
        snprintf(s, sizeof s, "%.*g", prec, v);
        if (single ? strtof(s, NULL) == (float)v : strtod(s, NULL) == v)
            break;
    }
    return put(out, s);
}

/* A DS or IS value: as it is when JSON reads it, else rewritten, else
 * (no number at all) a string. */
static int put_text_number(struct buf *out, const char *s, size_t len, int integer)
{
    char tmp[72], *end;

    if (is_json_number(s, len))
        return buf_append(out, s, len);
    if (len >= sizeof tmp)
        return json_string(s, len, out);
    memcpy(tmp, s, len);
    tmp[len] = '\0';
    if (integer) {
        long long n = strtoll(tmp, &end, 10);
        if (end != tmp + len)
            return json_string(s, len, out);
        snprintf(tmp, sizeof tmp, "%lld", n);
        return put(out, tmp);
    }
    double d = strtod(tmp, &end);
    if (end != tmp + len || !isfinite(d))
        return json_string(s, len, out);
    return put_double(out, d, 0);
}

/* One person name value: its component groups as an object. */
static int put_person_name(struct buf *out, const char *s, size_t len)
{
    static const char *const group[3] = {"Alphabetic", "Ideographic", "Phonetic"};
    size_t start = 0;
    int rc = put(out, "{"), first = 1;

    for (int g = 0; rc == 0 && g < 3 && start <= len; g++) {
        const char *eq = memchr(s + start, '=', len - start);
        size_t end = eq ? (size_t)(eq - s) : len;
        if (end > start) {
            char key[24];
            snprintf(key, sizeof key, "%s\"%s\":", first ? "" : ",", group[g]);
            rc = put(out, key);
            if (rc == 0)
                rc = json_string(s + start, end - start, out);
            first = 0;
        }
        if (!eq)
            break;
        start = end + 1;
    }
    return rc ? rc : put(out, "}");
}

static enum cs_kind text_kind(enum vr vr)
{
    if (vr == VR_PN)
        return CS_PN;
    return vr_is_single_text(vr) ? CS_TEXT : CS_STRING;
}

/* The values of a string element, decoded, split and trimmed. */
static int put_strings(struct walk *w, const struct ds_elem *e, const struct cs_spec *spec)
{
    enum vr vr = (enum vr)e->vr;
    int single = vr_is_single_text(vr), rc;
    size_t len = e->len;

    while (len > 0 && (e->value[len - 1] == ' ' || e->value[len - 1] == '\0'))
        len--;
    if (len == 0)
        return 0;
    buf_reset(&w->text);
    if (e->tag == SPECIFIC_CHARACTER_SET)
        rc = put(&w->text, "ISO_IR 192"); /* what every value now is */
    else
        rc = cs_to_utf8(w->cv, spec, text_kind(vr), e->value, len, &w->text, NULL);
    if (rc == 0)
        rc = put(w->out, ",\"Value\":[");
    const char *s = (const char *)w->text.data;
    size_t n = w->text.len, start = 0;
    while (rc == 0) {
        const char *sep = single ? NULL : memchr(s + start, '\\', n - start);
        size_t end = sep ? (size_t)(sep - s) : n, a = start, b = end;
        if (!single || vr == VR_UR)
            while (a < b && s[a] == ' ')
                a++;
        while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\0'))
            b--;
        if (start > 0)
            rc = put(w->out, ",");
        if (rc)
            break;
        if (a == b)
            rc = put(w->out, "null");
        else if (vr == VR_DS || vr == VR_IS)
            rc = put_text_number(w->out, s + a, b - a, vr == VR_IS);
        else if (vr == VR_PN)
            rc = put_person_name(w->out, s + a, b - a);
        else
            rc = json_string(s + a, b - a, w->out);
        if (!sep)
            break;
        start = end + 1;
    }
    return rc ? rc : put(w->out, "]");
}

/* The values of a binary number element (US SS UL SL FL FD SV UV) or AT. */
static int put_binary(struct buf *out, const struct ds_elem *e)
{
    enum vr vr = (enum vr)e->vr;
    size_t size = vr_number_size(vr);
    const uint8_t *p = e->value;
    char s[40];
    int rc;

    if (size == 0 || e->len < size)
        return 0;
    rc = put(out, ",\"Value\":[");
    for (size_t i = 0; rc == 0 && i + size <= e->len; i += size) {
        uint64_t u = 0;
        for (size_t k = size; k-- > 0;)
            u = u << 8 | p[i + k];
        if (i > 0)
            rc = put(out, ",");
        if (rc)
            break;
        switch (vr) {
        case VR_AT:
            snprintf(s, sizeof s, "\"%04X%04X\"", (unsigned)(u & 0xFFFF), (unsigned)(u >> 16));
            rc = put(out, s);
            break;
        case VR_SS:
            snprintf(s, sizeof s, "%d", (int)(int16_t)u);
            rc = put(out, s);
            break;
        case VR_SL:
            snprintf(s, sizeof s, "%ld", (long)(int32_t)u);
            rc = put(out, s);
            break;
        case VR_SV:
            snprintf(s, sizeof s, "%lld", (long long)(int64_t)u);
            rc = put(out, s);
            break;
        case VR_FL: {
            uint32_t u32 = (uint32_t)u;
            float f;
            memcpy(&f, &u32, sizeof f);
            rc = put_double(out, f, 1);
            break;
        }
        case VR_FD: {
            double d;
            memcpy(&d, &u, sizeof d);
            rc = put_double(out, d, 0);
            break;
        }
        default: /* US UL UV */
            snprintf(s, sizeof s, "%llu", (unsigned long long)u);
            rc = put(out, s);
        }
    }
    return rc ? rc : put(out, "]");
}

static int put_object(struct walk *w, const struct ds *ds, const struct cs_spec *parent);

static int put_items(struct walk *w, const struct ds_elem *e, const struct cs_spec *spec)
{
    size_t path_len = w->path.len;
    int rc = put(w->out, ",\"Value\":[");

    for (uint32_t i = 0; rc == 0 && i < e->nitems; i++) {
        char seg[32];
        snprintf(seg, sizeof seg, "/%08X/%u", (unsigned)e->tag, (unsigned)i);
        w->path.len = path_len;
        rc = put(&w->path, seg);
        if (rc == 0 && i > 0)
            rc = put(w->out, ",");
        if (rc == 0)
            rc = put_object(w, e->items[i], spec);
    }
    w->path.len = path_len;
    return rc ? rc : put(w->out, "]");
}

static int put_bulk(struct walk *w, const struct ds_elem *e)
{
    char seg[16];
    int rc;

    if (!w->o->bulk_url)
        return 0;
    snprintf(seg, sizeof seg, "/%08X", (unsigned)e->tag);
    rc = put(w->out, ",\"BulkDataURI\":\"");
    if (rc == 0)
        rc = put(w->out, w->o->bulk_url);
    if (rc == 0)
        rc = buf_append(w->out, w->path.data, w->path.len);
    if (rc == 0)
        rc = put(w->out, seg);
    return rc ? rc : put(w->out, "\"");
}

static int put_element(struct walk *w, const struct ds_elem *e, const struct cs_spec *spec)
{
    enum vr vr = (enum vr)e->vr;
    char head[40];
    int rc;

    snprintf(head, sizeof head, "\"%08X\":{\"vr\":\"%s\"", (unsigned)e->tag, vr_name(vr));
    rc = put(w->out, head);
    if (rc)
        return rc;
    if (vr == VR_SQ)
        rc = e->nitems ? put_items(w, e, spec) : 0;
    else if (ds_elem_is_bulk(e) || (w->o->kept && ds_vr_is_bytes(vr) && e->len == 0))
        rc = put_bulk(w, e);
    else if (e->len == 0)
        rc = 0;
    else if (ds_vr_is_bytes(vr)) {
        rc = put(w->out, ",\"InlineBinary\":\"");
        if (rc == 0)
            rc = base64_encode(e->value, e->len, w->out);
        if (rc == 0)
            rc = put(w->out, "\"");
    } else if (vr_is_string(vr))
        rc = put_strings(w, e, spec);
    else
        rc = put_binary(w->out, e);
    return rc ? rc : put(w->out, "}");
}

/* The character set of a dataset or item: its own Specific Character Set,
 * else its parent's (PS3.5 7.5.3); one we do not know is read as the
 * default repertoire, whose decoder keeps the output valid UTF-8. */
static void dataset_spec(const struct ds *ds, const struct cs_spec *parent, struct cs_spec *spec)
{
    const struct ds_elem *e = ds_find(ds, SPECIFIC_CHARACTER_SET);

    if (!e) {
        if (parent)
            *spec = *parent;
        else
            cs_spec_parse(NULL, 0, spec);
        return;
    }
    if (cs_spec_parse(e->value, e->len, spec) != 0)
        cs_spec_parse(NULL, 0, spec);
}

static int put_object(struct walk *w, const struct ds *ds, const struct cs_spec *parent)
{
    struct cs_spec spec;
    int rc = put(w->out, "{"), first = 1;

    dataset_spec(ds, parent, &spec);
    for (size_t i = 0; rc == 0 && i < ds_count(ds); i++) {
        const struct ds_elem *e = ds_at(ds, i);
        if (DICT_ELEMENT(e->tag) == 0) /* group lengths: no JSON form */
            continue;
        if (!first)
            rc = put(w->out, ",");
        if (rc == 0)
            rc = put_element(w, e, &spec);
        first = 0;
    }
    return rc ? rc : put(w->out, "}");
}

int json_dataset(const struct ds *ds, const struct json_opts *o, struct buf *out)
{
    struct walk w = {o, out, {0}, {0}, cs_thread_conv()};
    int rc;

    if (!w.cv)
        return -ENOMEM;
    buf_init(&w.text, out->max);
    buf_init(&w.path, PATH_MAX_BYTES);
    rc = put_object(&w, ds, NULL);
    buf_free(&w.text);
    buf_free(&w.path);
    return rc;
}
