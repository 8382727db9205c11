/* FileNameSyntax: Conquest's file naming (dgatefn.cpp's modes and %-template)
 * rebuilt so that hostile values cannot escape the MAG device: text values are
 * cleaned as Conquest cleans them (its set of forbidden characters, plus every
 * control character), UIDs must be UIDs, and every component of the result
 * is checked once more before it is handed out. */
#include "archive/filename.h"
#include "config/config.h"
#include "util/error.h"
#include "util/str.h"

#include <stdarg.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Conquest cuts every cleaned value after 65 bytes; 64 is the longest LO. */
#define VALUE_MAX 64
#define UID_MAX 64
/* Rendering space: more than any sensible template needs (FN_PATH_MAX is what
 * callers keep); a longer result is DG_ETOOBIG, never an overflow. */
#define RAW_MAX 4096

/* Modes that Conquest names with .v2 (raw Implicit LE without a Part-10
 * header): we always write Part 10, so these are refused at start-up. */
static bool mode_is_v2(long mode)
{
    return (mode >= 0 && mode <= 3) || (mode >= 5 && mode <= 7);
}

static bool mode_is_supported(long mode)
{
    return mode == 4 || (mode >= 8 && mode <= 12);
}

/* A bounded string builder; `overflow` records that something did not fit. */
struct sb {
    char *p;
    size_t len;
    size_t cap; /* including the NUL */
    bool overflow;
};

static void sb_put(struct sb *b, const char *s, size_t n)
{
    if (b->overflow || n >= b->cap - b->len) {
        b->overflow = true;
        return;
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = '\0';
}

static void sb_str(struct sb *b, const char *s)
{
    sb_put(b, s, strlen(s));
}

/* For numbers only: the formatted text must fit in 64 bytes. */
__attribute__((format(printf, 2, 3))) static void sb_fmt(struct sb *b, const char *fmt, ...)
{
    char tmp[64];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < 0 || (size_t)n >= sizeof tmp) {
        b->overflow = true;
        return;
    }
    sb_put(b, tmp, (size_t)n);
}

/* Length of s without trailing spaces (DICOM pads values with them). */
static size_t trimmed_len(const char *s)
{
    size_t n = strlen(s);
    while (n > 0 && s[n - 1] == ' ')
        n--;
    return n;
}

/* The largest cut <= n that does not split a UTF-8 sequence of s. */
static size_t utf8_cut(const char *s, size_t n)
{
    while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
        n--;
    return n;
}

/* Conquest's Cleanup(): characters that are illegal or special in file names
 * (including '.' so that no value can form "." or "..", and both slashes)
 * become '_', as do control characters (Conquest cut the value there);
 * trailing '_' go; an empty result is "unknown"; an absent value is "empty".
 * At most `max` bytes are kept. out must hold max + 1 bytes. */
static void clean_value(const char *s, size_t max, char *out)
{
    if (s == NULL) {
        strcpy(out, "empty");
        return;
    }
    size_t n = trimmed_len(s);
    if (n > max)
        n = utf8_cut(s, max);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x20 || c == 0x7F || strchr("/\\;><|,. :?*\"", c) != NULL)
            c = '_';
        out[i] = (char)c;
    }
    while (n > 0 && out[n - 1] == '_')
        n--;
    out[n] = '\0';
    if (n == 0)
        strcpy(out, "unknown");
}

/* Cut a cleaned value to at most max bytes (Conquest's ID[16], ID[32]). */
static void cut_value(char *s, size_t max)
{
    size_t n = strlen(s);
    if (n > max)
        s[utf8_cut(s, max)] = '\0';
}

/* A UID as used in paths: 1..64 characters, digits and dots, no empty
 * component (so never ".", "..", a leading or a trailing dot). */
static int check_uid(const char *s, char *out)
{
    if (s == NULL)
        return DG_EUID;
    size_t n = trimmed_len(s);
    if (n == 0 || n > UID_MAX || s[0] == '.' || s[n - 1] == '.')
        return DG_EUID;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '.') {
            if (s[i + 1] == '.')
                return DG_EUID;
        } else if (s[i] < '0' || s[i] > '9') {
            return DG_EUID;
        }
    }
    memcpy(out, s, n);
    out[n] = '\0';
    return 0;
}

/* An IS value as Conquest's atoi() reads it: leading spaces, a sign, digits;
 * anything else (or an absent value) is 0. Bounded to the 12 digits of IS. */
static long long number_value(const char *s)
{
    if (s == NULL)
        return 0;
    while (*s == ' ')
        s++;
    bool negative = *s == '-';
    if (*s == '-' || *s == '+')
        s++;
    long long v = 0;
    for (int digits = 0; *s >= '0' && *s <= '9' && digits < 12; s++, digits++)
        v = v * 10 + (*s - '0');
    return negative ? -v : v;
}

/* Every value of one instance, cleaned once. */
struct cleaned {
    char id[VALUE_MAX + 1];
    char name[VALUE_MAX + 1];
    char modality[VALUE_MAX + 1];
    char study_id[VALUE_MAX + 1];
    char series_text[VALUE_MAX + 1];
    char image_text[VALUE_MAX + 1];
    char image_id[VALUE_MAX + 1];
    char study_desc[VALUE_MAX + 1];
    char study_date[VALUE_MAX + 1];
    char called[VALUE_MAX + 1];
    char calling[VALUE_MAX + 1];
    long long series;
    long long image;
    const struct fn_values *v;
    time_t now;
    uint16_t counter;
};

static void clean_all(const struct fn_values *v, int allow_empty_patient_id, struct cleaned *c)
{
    const char *id = v->patient_id;
    if (!allow_empty_patient_id && (id == NULL || trimmed_len(id) == 0))
        id = "00000000";
    clean_value(id, VALUE_MAX, c->id);
    clean_value(v->patient_name, VALUE_MAX, c->name);
    clean_value(v->modality, VALUE_MAX, c->modality);
    clean_value(v->study_id, VALUE_MAX, c->study_id);
    clean_value(v->series_number, VALUE_MAX, c->series_text);
    clean_value(v->instance_number, VALUE_MAX, c->image_text);
    clean_value(v->image_id, VALUE_MAX, c->image_id);
    clean_value(v->study_description, VALUE_MAX, c->study_desc);
    clean_value(v->study_date, VALUE_MAX, c->study_date);
    clean_value(v->called_ae, VALUE_MAX, c->called);
    clean_value(v->calling_ae, VALUE_MAX, c->calling);
    c->series = number_value(v->series_number);
    c->image = number_value(v->instance_number);
    c->v = v;
}

/* Append a UID after checking it. */
static int put_uid(struct sb *b, const char *uid)
{
    char tmp[UID_MAX + 1];
    int rc = check_uid(uid, tmp);
    if (rc == 0)
        sb_str(b, tmp);
    return rc;
}

/* The UID part of modes 8 to 12: [StudyUID/][SeriesUID/]SOPInstanceUID.dcm */
static int put_uid_path(struct sb *b, const struct fn_values *v, bool study, bool series)
{
    int rc = 0;
    if (study) {
        rc = put_uid(b, v->study_uid);
        sb_str(b, "/");
    }
    if (rc == 0 && series) {
        rc = put_uid(b, v->series_uid);
        sb_str(b, "/");
    }
    if (rc == 0) {
        rc = put_uid(b, v->sop_uid);
        sb_str(b, ".dcm");
    }
    return rc;
}

static int render_mode(long mode, struct cleaned *c, struct sb *b)
{
    int rc;

    switch (mode) {
    case 4: /* ID[16]/SeriesUID_Series#_Image#_TimeCounter.dcm */
        cut_value(c->id, 16);
        sb_str(b, c->id);
        sb_str(b, "/");
        rc = put_uid(b, c->v->series_uid);
        sb_fmt(b, "_%04lld_%06lld_%lu%04x.dcm", c->series, c->image, (unsigned long)c->now,
               (unsigned)c->counter);
        return rc;
    case 8: /* ID[32]/StudyUID/SeriesUID/SOPUID.dcm */
        cut_value(c->id, 32);
        sb_str(b, c->id);
        sb_str(b, "/");
        return put_uid_path(b, c->v, true, true);
    case 9: /* StudyUID/SeriesUID/SOPUID.dcm */
        return put_uid_path(b, c->v, true, true);
    case 10: /* Images/SOPUID.dcm */
        sb_str(b, "Images/");
        return put_uid_path(b, c->v, false, false);
    case 11: /* Name/StudyUID/SeriesUID/SOPUID.dcm */
        sb_str(b, c->name);
        sb_str(b, "/");
        return put_uid_path(b, c->v, true, true);
    case 12: /* Name_ID/Modality_StudyID/SeriesNumber/SOPUID.dcm */
        sb_str(b, c->name);
        sb_str(b, "_");
        sb_str(b, c->id);
        sb_str(b, "/");
        sb_str(b, c->modality);
        sb_str(b, "_");
        sb_str(b, c->study_id);
        sb_str(b, "/");
        sb_str(b, c->series_text);
        sb_str(b, "/");
        return put_uid_path(b, c->v, false, false);
    default:
        return DG_EUNSUPPORTED;
    }
}

/* The template variables, in the order Conquest tries them: the first whose
 * name is a prefix of the text after '%' wins ("%seriesid" before "%series"). */
enum var {
    V_NAME,
    V_ID,
    V_MODALITY,
    V_STUDYID,
    V_STUDYUID,
    V_SERIESID,
    V_SERIESUID,
    V_SOPUID,
    V_IMAGEID,
    V_IMAGENUM,
    V_IMAGE,
    V_SERIES,
    V_TIME,
    V_DATE,
    V_COUNTER,
    V_CALLEDAE,
    V_CALLINGAE,
    V_STUDYDATE,
    V_STUDYDESC,
};

static const struct {
    const char *name;
    enum var var;
} vars[] = {
    {"name", V_NAME},           {"id", V_ID},
    {"modality", V_MODALITY},   {"studyid", V_STUDYID},
    {"studyuid", V_STUDYUID},   {"seriesid", V_SERIESID},
    {"seriesuid", V_SERIESUID}, {"sopuid", V_SOPUID},
    {"imageid", V_IMAGEID},     {"imagenum", V_IMAGENUM},
    {"image", V_IMAGE},         {"series", V_SERIES},
    {"time", V_TIME},           {"date", V_DATE},
    {"counter", V_COUNTER},     {"calledae", V_CALLEDAE},
    {"callingae", V_CALLINGAE}, {"studydate", V_STUDYDATE},
    {"studydesc", V_STUDYDESC},
};

/* The index in vars[] of the variable at t (just after a '%'), or -1. */
static int match_var(const char *t)
{
    for (size_t i = 0; i < sizeof vars / sizeof vars[0]; i++) {
        if (strncmp(t, vars[i].name, strlen(vars[i].name)) == 0)
            return (int)i;
    }
    return -1;
}

static int put_var(enum var var, const struct cleaned *c, struct sb *b)
{
    const struct fn_values *v = c->v;
    struct tm tm;
    char date[16];

    switch (var) {
    case V_NAME:
        sb_str(b, c->name);
        break;
    case V_ID:
        sb_str(b, c->id);
        break;
    case V_MODALITY:
        sb_str(b, c->modality);
        break;
    case V_STUDYID:
        sb_str(b, c->study_id);
        break;
    case V_STUDYUID:
        return put_uid(b, v->study_uid);
    case V_SERIESID:
        sb_str(b, c->series_text);
        break;
    case V_SERIESUID:
        return put_uid(b, v->series_uid);
    case V_SOPUID:
        return put_uid(b, v->sop_uid);
    case V_IMAGEID:
        sb_str(b, c->image_id);
        break;
    case V_IMAGENUM:
        sb_str(b, c->image_text);
        break;
    case V_IMAGE:
        sb_fmt(b, "%06lld", c->image);
        break;
    case V_SERIES:
        sb_fmt(b, "%04lld", c->series);
        break;
    case V_TIME:
        sb_fmt(b, "%lu", (unsigned long)c->now);
        break;
    case V_DATE:
        if (localtime_r(&c->now, &tm) == NULL || strftime(date, sizeof date, "%Y%m%d", &tm) == 0)
            return DG_ECONFIG;
        sb_str(b, date);
        break;
    case V_COUNTER:
        sb_fmt(b, "%04x", (unsigned)c->counter);
        break;
    case V_CALLEDAE:
        sb_str(b, c->called);
        break;
    case V_CALLINGAE:
        sb_str(b, c->calling);
        break;
    case V_STUDYDATE:
        sb_str(b, c->study_date);
        break;
    case V_STUDYDESC:
        sb_str(b, c->study_desc);
        break;
    }
    return 0;
}

/* Parse "[a,b]" (or "[a]", which Conquest ignores) at s; returns the length
 * consumed or -1 when malformed. */
static int parse_substring(const char *s, long *a, long *b)
{
    char *end;
    *a = 0;
    *b = -1;
    if (*s != '[')
        return -1;
    *a = strtol(s + 1, &end, 10);
    if (end == s + 1)
        return -1;
    if (*end == ',') {
        const char *start = end + 1;
        *b = strtol(start, &end, 10);
        if (end == start)
            return -1;
    }
    if (*end != ']')
        return -1;
    return (int)(end + 1 - s);
}

/* Keep bytes first..last (inclusive) of what was appended since `from`, as
 * Conquest does: both ends are clamped to the text; last < first leaves the
 * text as it is ("[a]" alone therefore changes nothing). */
static void apply_substring(struct sb *b, size_t from, long first, long last)
{
    long n = (long)(b->len - from);
    if (first < 0)
        first = 0;
    if (first > n)
        first = n;
    if (last > n)
        last = n;
    if (last < first)
        return;
    if (last == n)
        last = n - 1;
    size_t keep = (size_t)(last - first + 1);
    memmove(b->p + from, b->p + from + first, keep);
    b->len = from + keep;
    b->p[b->len] = '\0';
}

static int render_template(const char *t, const struct cleaned *c, struct sb *b)
{
    while (*t != '\0') {
        if (*t != '%') {
            /* Either slash separates directories, as on Conquest's Windows. */
            sb_put(b, *t == '\\' ? "/" : t, 1);
            t++;
            continue;
        }
        t++;
        int i = match_var(t);
        if (i < 0)
            return DG_EUNSUPPORTED;
        t += strlen(vars[i].name);
        size_t from = b->len;
        int rc = put_var(vars[i].var, c, b);
        if (rc != 0)
            return rc;
        if (*t == '[') {
            long first, last;
            int used = parse_substring(t, &first, &last);
            if (used < 0)
                return DG_ECONFIG;
            if (!b->overflow)
                apply_substring(b, from, first, last);
            t += used;
        }
    }
    return 0;
}

static int fail_msg(int rc, char *err, size_t errlen, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static int fail_msg(int rc, char *err, size_t errlen, const char *fmt, ...)
{
    if (err != NULL && errlen > 0) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err, errlen, fmt, ap);
        va_end(ap);
    }
    return rc;
}

/* The template's own text must make a relative path: no leading, doubled or
 * trailing slash, no component that is "." or "..", no control character,
 * only known variables and well-formed [a,b]. */
static int check_template(const char *t, char *err, size_t errlen)
{
    size_t comp_len = 0;   /* bytes of the current component so far */
    bool comp_var = false; /* does it contain a variable? */
    const char *comp = t;  /* where it starts */

    for (const char *s = t;; s++) {
        if (*s == '/' || *s == '\\' || *s == '\0') {
            if (comp_len == 0)
                return fail_msg(DG_ECONFIG, err, errlen,
                                "FileNameSyntax '%s': empty directory or file name (a leading, "
                                "doubled or trailing slash)",
                                t);
            if (!comp_var && ((comp_len == 1 && comp[0] == '.') ||
                              (comp_len == 2 && comp[0] == '.' && comp[1] == '.')))
                return fail_msg(DG_ECONFIG, err, errlen,
                                "FileNameSyntax '%s': '.' and '..' are not allowed", t);
            if (*s == '\0')
                return 0;
            comp_len = 0;
            comp_var = false;
            comp = s + 1;
            continue;
        }
        unsigned char ch = (unsigned char)*s;
        if (ch < 0x20 || ch == 0x7F)
            return fail_msg(DG_ECONFIG, err, errlen, "FileNameSyntax '%s': control character", t);
        comp_len++;
        if (ch != '%')
            continue;
        int i = match_var(s + 1);
        if (i < 0) {
            size_t n =
                strspn(s + 1, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789,");
            return fail_msg(DG_EUNSUPPORTED, err, errlen,
                            "FileNameSyntax '%s': variable '%%%.*s' is not supported", t, (int)n,
                            s + 1);
        }
        comp_var = true;
        s += strlen(vars[i].name);
        if (s[1] == '[') {
            long first, last;
            int used = parse_substring(s + 1, &first, &last);
            if (used < 0)
                return fail_msg(DG_ECONFIG, err, errlen,
                                "FileNameSyntax '%s': malformed substring after %%%s (want [a,b])",
                                t, vars[i].name);
            s += used;
        }
    }
}

/* Which form `syntax` is: a supported mode number in *mode, or -1 for a
 * %-template. */
static int parse_syntax(const char *syntax, long *mode, char *err, size_t errlen)
{
    if (syntax == NULL || syntax[0] == '\0')
        return fail_msg(DG_ECONFIG, err, errlen, "FileNameSyntax is empty");
    if (strncmp(syntax, "lua:", 4) == 0)
        return fail_msg(DG_EUNSUPPORTED, err, errlen,
                        "FileNameSyntax '%s': lua: names are not supported", syntax);
    if (strchr(syntax, '%') != NULL) {
        *mode = -1;
        return check_template(syntax, err, errlen);
    }
    if (str_to_long(syntax, 0, 1000000, mode) != 0)
        return fail_msg(DG_ECONFIG, err, errlen,
                        "FileNameSyntax '%s' is neither a number nor a %%-template", syntax);
    if (mode_is_v2(*mode))
        return fail_msg(DG_EUNSUPPORTED, err, errlen,
                        "FileNameSyntax %ld names raw .v2 files, which are not supported; "
                        "4, 8, 9, 10, 11, 12 and %%-templates are",
                        *mode);
    if (!mode_is_supported(*mode))
        return fail_msg(DG_EUNSUPPORTED, err, errlen,
                        "FileNameSyntax %ld is not supported; 4, 8, 9, 10, 11, 12 and "
                        "%%-templates are",
                        *mode);
    return 0;
}

/* Copy the rendered path to out, component by component, as the last line of
 * defence: an empty component becomes "_", a leading '.' becomes '_' (so no
 * ".", ".." or hidden name, whatever a substring of a UID gave), and a
 * component longer than FN_COMPONENT_MAX loses its start, as Conquest's
 * MaxFileNameLength cuts names. */
static int copy_components(const char *raw, char *out, size_t outlen)
{
    struct sb o = {out, 0, outlen, false};
    const char *p = raw;

    if (outlen == 0)
        return DG_ETOOBIG;
    out[0] = '\0';
    for (;;) {
        const char *slash = strchr(p, '/');
        size_t n = slash != NULL ? (size_t)(slash - p) : strlen(p);
        const char *comp = p;
        if (n > FN_COMPONENT_MAX) {
            size_t skip = n - FN_COMPONENT_MAX;
            while (skip < n && ((unsigned char)comp[skip] & 0xC0) == 0x80)
                skip++;
            comp += skip;
            n -= skip;
        }
        if (o.len > 0)
            sb_put(&o, "/", 1);
        if (n == 0) {
            sb_put(&o, "_", 1);
        } else if (comp[0] == '.') {
            sb_put(&o, "_", 1);
            sb_put(&o, comp + 1, n - 1);
        } else {
            sb_put(&o, comp, n);
        }
        if (slash == NULL)
            break;
        p = slash + 1;
    }
    if (o.overflow) {
        out[0] = '\0';
        return DG_ETOOBIG;
    }
    return 0;
}

int fn_check_syntax(const char *syntax, char *err, size_t errlen)
{
    long mode;
    return parse_syntax(syntax, &mode, err, errlen);
}

int fn_make_at(const char *syntax, int allow_empty_patient_id, const struct fn_values *v,
               time_t now, uint16_t counter, char *out, size_t outlen)
{
    char raw[RAW_MAX];
    struct sb b = {raw, 0, sizeof raw, false};
    struct cleaned c;
    long mode;

    raw[0] = '\0';
    if (outlen > 0)
        out[0] = '\0';
    int rc = parse_syntax(syntax, &mode, NULL, 0);
    if (rc != 0)
        return rc;
    clean_all(v, allow_empty_patient_id, &c);
    c.now = now;
    c.counter = counter;
    rc = mode < 0 ? render_template(syntax, &c, &b) : render_mode(mode, &c, &b);
    if (rc != 0)
        return rc;
    if (b.overflow)
        return DG_ETOOBIG;
    return copy_components(raw, out, outlen);
}

/* The file counter of the whole process; its low 16 bits go into names. */
static atomic_uint file_counter;

int fn_make(const struct config *cfg, const struct fn_values *v, char *out, size_t outlen)
{
    unsigned n = atomic_fetch_add_explicit(&file_counter, 1, memory_order_relaxed);
    return fn_make_at(cfg->file_name_syntax, cfg->allow_empty_patient_id, v, time(NULL),
                      (uint16_t)(n & 0xFFFF), out, outlen);
}
