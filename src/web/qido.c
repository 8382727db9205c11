/* QIDO-RS: GET /dicom-web/studies, .../series, .../instances. The query
 * arguments become a C-FIND identifier (qido_arg, qido_complete), which
 * core/query.c plans and runs as it does for C-FIND, so the matching rules
 * are the same (README, "Querying"); each result is answered in DICOM JSON
 * with its RetrieveURL. The results are gathered (at most QIDO_MAX_RESULTS,
 * in a capped buffer) before the answer, so that a Warning header can say
 * that more exist. Not the HTTP machinery (http.c) nor the JSON (json.c). */
#include "web/qido.h"

#include "core/query.h"
#include "dicom/dict.h"
#include "dicom/uid.h"
#include "util/error.h"
#include "util/log.h"
#include "web/accept.h"
#include "web/json.h"
#include "web/routes.h"
#include "web/web.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ANSWER_MAX (64u << 20)
#define UID_LIST_MAX (8u << 20) /* 100 000 UIDs: what C-FIND takes in all */
#define SPECIFIC_CHARACTER_SET DICT_TAG(0x0008, 0x0005)
#define RETRIEVE_URL DICT_TAG(0x0008, 0x1190)
#define STUDY_UID DICT_TAG(0x0020, 0x000D)
#define SERIES_UID DICT_TAG(0x0020, 0x000E)
#define SOP_UID DICT_TAG(0x0008, 0x0018)

static int refuse(struct qido_search *q, int rc, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static int refuse(struct qido_search *q, int rc, const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(q->why, sizeof q->why, fmt, ap);
    va_end(ap);
    return rc;
}

/* A key named by keyword or by eight hex digits; 0 when neither. */
static uint32_t key_tag(const char *name)
{
    const struct dict_entry *e = dict_find_keyword(name);
    char *end;

    if (e)
        return e->tag;
    if (strlen(name) != 8 || strspn(name, "0123456789abcdefABCDEF") != 8)
        return 0;
    return (uint32_t)strtoul(name, &end, 16);
}

/* A number argument in [0, max]; -1 when it is not one. */
static long number(const char *s, long max)
{
    char *end;
    long n;

    if (!*s || strspn(s, "0123456789") != strlen(s) || strlen(s) > 12)
        return -1;
    n = strtol(s, &end, 10);
    return n > max ? -1 : n;
}

/* A UID list: commas or backslashes between the values (PS3.18 8.3.4.1),
 * each a UID or a wildcard pattern of UID characters; stored with
 * backslashes, as C-FIND's list matching wants. */
static int set_uid_list(struct qido_search *q, struct ds *id, uint32_t tag, const char *value)
{
    struct buf list;
    size_t start = 0, len = strlen(value);
    int rc = 0;

    buf_init(&list, UID_LIST_MAX);
    while (rc == 0 && start < len) {
        size_t n = strcspn(value + start, ",\\");
        char v[UID_MAX_LEN + 1];
        if (n == 0 || n > UID_MAX_LEN) {
            rc = refuse(q, DG_EUID, "not a UID: %.64s", value + start);
            break;
        }
        memcpy(v, value + start, n);
        v[n] = '\0';
        if (uid_check_str(v, UID_LENIENT) != 0 &&
            (!strpbrk(v, "*?") || strspn(v, "0123456789.*?") != n)) {
            rc = refuse(q, DG_EUID, "not a UID: %.64s", v);
            break;
        }
        if (list.len)
            rc = buf_append(&list, "\\", 1);
        if (rc == 0)
            rc = buf_append(&list, v, n);
        start += n + 1;
    }
    if (rc == DG_ETOOBIG)
        rc = refuse(q, DG_EPARSE, "UID list too long (%s)", dict_keyword(tag));
    if (rc == 0 && len && (value[len - 1] == ',' || value[len - 1] == '\\'))
        rc = refuse(q, DG_EUID, "not a UID list: %.64s", value);
    if (rc == 0)
        rc = buf_append(&list, "", 1);
    if (rc == 0)
        rc = ds_set_string(id, tag, VR_UI, (const char *)list.data);
    buf_free(&list);
    return rc;
}

/* A binary number key (Rows, Columns ...): its text made binary, as a
 * C-FIND identifier carries it. */
static int set_binary(struct qido_search *q, struct ds *id, uint32_t tag, enum vr vr,
                      const char *value)
{
    int rc;

    if (!*value)
        return ds_set(id, tag, vr, NULL, 0);
    rc = ds_set_number_text(id, tag, vr, value, strlen(value));
    return rc == DG_EPARSE ? refuse(q, rc, "not a number of its VR: %.64s", value) : rc;
}

static int set_key(struct qido_search *q, struct ds *id, uint32_t tag, const char *value)
{
    enum vr vr = dict_vr(tag);

    if (vr == VR_SQ) {
        if (*value)
            return refuse(q, DG_EPARSE, "matching on a sequence (%s) is not supported",
                          dict_keyword(tag));
        return ds_set_empty_sequence(id, tag);
    }
    if (vr == VR_UI)
        return set_uid_list(q, id, tag, value);
    if (vr_number_size(vr) && vr != VR_AT)
        return set_binary(q, id, tag, vr, value);
    if (!vr_is_string(vr)) {
        if (*value)
            return refuse(q, DG_EPARSE, "matching on %s is not supported", dict_keyword(tag));
        return ds_set(id, tag, vr, NULL, 0);
    }
    return ds_set_string(id, tag, vr, value);
}

/* includefield: keywords or tags, comma-separated, or "all". */
static int include(struct qido_search *q, struct ds *id, const char *value)
{
    char copy[1024], *save = NULL;

    if (strlen(value) >= sizeof copy)
        return refuse(q, DG_EPARSE, "includefield too long");
    strcpy(copy, value);
    for (char *f = strtok_r(copy, ",", &save); f; f = strtok_r(NULL, ",", &save)) {
        uint32_t tag;
        if (strcmp(f, "all") == 0) {
            q->all = 1;
            continue;
        }
        tag = key_tag(f);
        if (!tag)
            return refuse(q, DG_EPARSE, "unknown attribute in includefield: %.64s", f);
        if (!ds_find(id, tag)) {
            int rc = set_key(q, id, tag, "");
            if (rc)
                return rc;
        }
    }
    return 0;
}

int qido_arg(struct qido_search *q, struct ds *id, const char *name, const char *value)
{
    uint32_t tag;

    if (!value)
        value = "";
    if (strcmp(name, "limit") == 0) {
        q->limit = number(value, QIDO_MAX_OFFSET);
        return q->limit < 0 ? refuse(q, DG_EPARSE, "bad limit: %.32s", value) : 0;
    }
    if (strcmp(name, "offset") == 0) {
        q->offset = number(value, QIDO_MAX_OFFSET);
        return q->offset < 0 ? refuse(q, DG_EPARSE, "bad offset: %.32s", value) : 0;
    }
    if (strcmp(name, "fuzzymatching") == 0) {
        if (strcmp(value, "true") && strcmp(value, "false"))
            return refuse(q, DG_EPARSE, "fuzzymatching is true or false, not %.32s", value);
        q->fuzzy = strcmp(value, "true") == 0;
        return 0;
    }
    if (strcmp(name, "includefield") == 0)
        return include(q, id, value);
    tag = key_tag(name);
    if (!tag || DICT_GROUP(tag) <= 2 || DICT_ELEMENT(tag) == 0)
        return refuse(q, DG_EPARSE, "unknown or unsupported attribute: %.64s", name);
    return set_key(q, id, tag, value);
}

/* PS3.18 Table 10.6.3-3 (study), -4 (series), -5 (instance). */
static const uint32_t study_defaults[] = {
    DICT_TAG(0x0008, 0x0020), DICT_TAG(0x0008, 0x0030), DICT_TAG(0x0008, 0x0050),
    DICT_TAG(0x0008, 0x0056), DICT_TAG(0x0008, 0x0061), DICT_TAG(0x0008, 0x0090),
    DICT_TAG(0x0008, 0x0201), DICT_TAG(0x0010, 0x0010), DICT_TAG(0x0010, 0x0020),
    DICT_TAG(0x0010, 0x0030), DICT_TAG(0x0010, 0x0040), STUDY_UID,
    DICT_TAG(0x0020, 0x0010), DICT_TAG(0x0020, 0x1206), DICT_TAG(0x0020, 0x1208),
};
static const uint32_t series_defaults[] = {
    DICT_TAG(0x0008, 0x0060), DICT_TAG(0x0008, 0x0201),
    DICT_TAG(0x0008, 0x103E), SERIES_UID,
    DICT_TAG(0x0020, 0x0011), DICT_TAG(0x0020, 0x1209),
    DICT_TAG(0x0040, 0x0244), DICT_TAG(0x0040, 0x0245),
};
static const uint32_t instance_defaults[] = {
    DICT_TAG(0x0008, 0x0016), SOP_UID,
    DICT_TAG(0x0008, 0x0056), DICT_TAG(0x0008, 0x0201),
    DICT_TAG(0x0020, 0x0013), DICT_TAG(0x0028, 0x0010),
    DICT_TAG(0x0028, 0x0011), DICT_TAG(0x0028, 0x0100),
    DICT_TAG(0x0028, 0x0008),
};

/* What the index answers at `level`: a column there or above, or a key
 * core/query.c computes for that level. */
static int answered(const struct schema *s, enum schema_level level, uint32_t tag)
{
    if (tag == DICT_TAG(0x0008, 0x0056))
        return 1;
    if (tag == DICT_TAG(0x0020, 0x1206) || tag == DICT_TAG(0x0020, 0x1208))
        return level == SCHEMA_STUDY;
    if (tag == DICT_TAG(0x0020, 0x1209))
        return level == SCHEMA_SERIES;
    for (int lv = (int)level; lv >= SCHEMA_PATIENT; lv--)
        if (schema_find(s, (enum schema_level)lv, DICT_GROUP(tag), DICT_ELEMENT(tag)))
            return 1;
    return 0;
}

static int add_defaults(const struct schema *s, enum schema_level level, const uint32_t *tags,
                        size_t n, struct ds *id)
{
    struct qido_search unused = {0};
    int rc = 0;

    for (size_t i = 0; rc == 0 && i < n; i++)
        if (!ds_find(id, tags[i]) && answered(s, level, tags[i]))
            rc = set_key(&unused, id, tags[i], "");
    return rc;
}

int qido_complete(const struct qido_search *q, const struct schema *schema, int above_known,
                  struct ds *id)
{
    enum schema_level lv = q->level;
    int rc = 0;

    if (lv == SCHEMA_STUDY || !above_known)
        rc = add_defaults(schema, lv, study_defaults,
                          sizeof study_defaults / sizeof study_defaults[0], id);
    if (rc == 0 && (lv == SCHEMA_SERIES || (lv == SCHEMA_IMAGE && above_known < 2)))
        rc = add_defaults(schema, lv, series_defaults,
                          sizeof series_defaults / sizeof series_defaults[0], id);
    if (rc == 0 && lv == SCHEMA_IMAGE)
        rc = add_defaults(schema, lv, instance_defaults,
                          sizeof instance_defaults / sizeof instance_defaults[0], id);
    for (int l = (int)lv; rc == 0 && q->all && l >= SCHEMA_PATIENT; l--) {
        const struct schema_table *t = &schema->tables[l];
        for (size_t i = 0; rc == 0 && i < t->ncolumns; i++) {
            const struct schema_column *c = &t->columns[i];
            uint32_t tag = DICT_TAG(c->group, c->element);
            if (schema_is_column(c) && !ds_find(id, tag))
                rc = ds_set(id, tag, dict_vr(tag), NULL, 0);
        }
    }
    /* RetrieveURL is made from these. */
    if (rc == 0 && !ds_find(id, STUDY_UID))
        rc = ds_set(id, STUDY_UID, VR_UI, NULL, 0);
    if (rc == 0 && lv >= SCHEMA_SERIES && !ds_find(id, SERIES_UID))
        rc = ds_set(id, SERIES_UID, VR_UI, NULL, 0);
    if (rc == 0 && lv == SCHEMA_IMAGE && !ds_find(id, SOP_UID))
        rc = ds_set(id, SOP_UID, VR_UI, NULL, 0);
    if (rc == 0)
        rc = ds_set_string(id, SPECIFIC_CHARACTER_SET, VR_CS, "ISO_IR 192");
    return rc;
}

/* ---- the routes ---- */

#define STOP 1 /* the sink's "enough": more results exist than are answered */

struct answer {
    struct buf out;
    struct ds *copy; /* one result with its RetrieveURL */
    const char *base;
    enum schema_level level;
    long skip, left;
    unsigned long given;
    int more;
};

static int take_arg(void *ctx, const char *name, const char *value)
{
    void **pair = ctx;
    return qido_arg(pair[0], pair[1], name, value);
}

/* base/dicom-web/studies/S[/series/X[/instances/I]] of one result. */
static int retrieve_url(struct answer *a, const struct ds *rsp, char *url, size_t len)
{
    char study[UID_MAX_LEN + 1], series[UID_MAX_LEN + 1], sop[UID_MAX_LEN + 1];
    int n;

    if (ds_get_string(rsp, STUDY_UID, study, sizeof study) ||
        (a->level >= SCHEMA_SERIES && ds_get_string(rsp, SERIES_UID, series, sizeof series)) ||
        (a->level == SCHEMA_IMAGE && ds_get_string(rsp, SOP_UID, sop, sizeof sop)))
        return DG_ENOTFOUND;
    if (a->level == SCHEMA_STUDY)
        n = snprintf(url, len, "%s/dicom-web/studies/%s", a->base, study);
    else if (a->level == SCHEMA_SERIES)
        n = snprintf(url, len, "%s/dicom-web/studies/%s/series/%s", a->base, study, series);
    else
        n = snprintf(url, len, "%s/dicom-web/studies/%s/series/%s/instances/%s", a->base, study,
                     series, sop);
    return n < 0 || (size_t)n >= len ? DG_ETOOBIG : 0;
}

static int take_result(void *ctx, const struct ds *rsp)
{
    static const struct json_opts plain = {NULL, 0};
    struct answer *a = ctx;
    char url[1024];
    int rc;

    if (a->skip > 0) {
        a->skip--;
        return 0;
    }
    if (a->left == 0) {
        a->more = 1;
        return STOP;
    }
    a->left--;
    ds_clear(a->copy);
    rc = ds_copy_ref(rsp, a->copy, 0);
    /* A row without its UIDs (a hand-made index) is answered without. */
    if (rc == 0 && retrieve_url(a, rsp, url, sizeof url) == 0)
        rc = ds_set_string(a->copy, RETRIEVE_URL, VR_UR, url);
    if (rc == 0 && a->given++ > 0)
        rc = buf_append(&a->out, ",", 1);
    return rc ? rc : json_dataset(a->copy, &plain, &a->out);
}

static int warn(struct web_request *r, const char *text)
{
    char v[512];
    snprintf(v, sizeof v, "299 %s: \"%s\"", web_base_url(r), text);
    return web_add_header(r, "Warning", v);
}

/* The path's UIDs as keys: 1 for a study, 2 for a study and a series. */
static int path_keys(struct web_request *r, struct qido_search *q, struct ds *id, int *above)
{
    static const char *const names[] = {"study", "series"};
    static const uint32_t tags[] = {STUDY_UID, SERIES_UID};
    int rc = 0;

    *above = 0;
    for (int i = 0; rc == 0 && i < 2; i++) {
        const char *uid = web_param(r, names[i]);
        if (!uid)
            break;
        if (uid_check_str(uid, UID_LENIENT) != 0)
            return refuse(q, DG_EUID, "not a UID: %.64s", uid);
        rc = ds_set_string(id, tags[i], VR_UI, uid);
        *above = i + 1;
    }
    return rc;
}

static int search(struct web_request *r, enum schema_level level)
{
    const struct web_ctx *ctx = web_context(r);
    struct qido_search q = {.level = level};
    struct answer a = {.base = web_base_url(r), .level = level};
    struct ds *id = ds_new();
    struct qr_query *plan = NULL;
    struct qr_sink sink = {take_result, NULL, &a};
    void *pair[2] = {&q, id};
    struct db *db;
    char keys[256];
    int above, rc;

    if (!accept_json(web_header(r, "Accept"))) {
        ds_free(id);
        return web_respond_error(r, 406, "QIDO-RS answers application/dicom+json only");
    }
    if (!id)
        return -ENOMEM;
    rc = web_args_each(r, take_arg, pair);
    if (rc == 0)
        rc = path_keys(r, &q, id, &above);
    if (rc == DG_EPARSE || rc == DG_EUID) {
        ds_free(id);
        return web_respond_error(r, 400, "%s", q.why);
    }
    if (rc == 0)
        rc = qido_complete(&q, ctx->schema, above, id);
    if (rc == 0)
        rc = qr_plan(ctx->schema, id, level, ctx->cfg->my_ae, &plan);
    ds_free(id);
    if (rc == DG_EPARSE || rc == DG_ETOOBIG)
        return web_respond_error(r, 400, "the query cannot be read: %s", dg_strerror(rc));
    if (rc)
        return rc;
    a.skip = q.offset;
    a.left = q.limit > 0 && q.limit < QIDO_MAX_RESULTS ? q.limit : QIDO_MAX_RESULTS;
    a.copy = ds_new();
    buf_init(&a.out, ANSWER_MAX);
    rc = a.copy ? buf_append(&a.out, "[", 1) : -ENOMEM;
    if (rc == 0)
        rc = web_db(r, &db);
    if (rc == 0)
        rc = qr_run(plan, db, &sink, NULL);
    if (rc == STOP)
        rc = 0;
    if (rc == 0)
        rc = buf_append(&a.out, "]", 1);
    if (rc == 0 && q.fuzzy)
        rc = warn(r, "The fuzzymatching parameter is not supported. Only literal matching has "
                     "been performed.");
    if (rc == 0 && a.more)
        rc = warn(r, "The number of results exceeded the maximum supported by the server. "
                     "Additional results can be requested.");
    if (rc == 0 && qr_unsupported_keys(plan))
        rc = warn(r, "Some attributes are not matched: the index does not hold them.");
    qr_describe(plan, keys, sizeof keys);
    qr_free(plan);
    ds_free(a.copy);
    if (rc == DG_ETOOBIG) {
        buf_free(&a.out);
        return web_respond_error(r, 413, "more than %u bytes of results: ask with a limit",
                                 ANSWER_MAX);
    }
    if (rc == 0) {
        log_user("%s queried %s via QIDO-RS %s: %lu match%s", web_user(r), qr_level_name(level),
                 keys, a.given, a.given == 1 ? "" : "es");
        /* No match is 200 with an empty array (CP-2473; RFC 9110 15.3.5). */
        rc = web_respond(r, 200, "application/dicom+json", a.out.data, a.out.len);
    }
    buf_free(&a.out);
    return rc;
}

static int search_studies(struct web_request *r)
{
    return search(r, SCHEMA_STUDY);
}

static int search_series(struct web_request *r)
{
    return search(r, SCHEMA_SERIES);
}

static int search_instances(struct web_request *r)
{
    return search(r, SCHEMA_IMAGE);
}

const struct web_route web_qido_routes[] = {
    {"GET", "/dicom-web/studies", WEB_ROLE_READ, search_studies, NULL},
    {"GET", "/dicom-web/series", WEB_ROLE_READ, search_series, NULL},
    {"GET", "/dicom-web/instances", WEB_ROLE_READ, search_instances, NULL},
    {"GET", "/dicom-web/studies/{study}/series", WEB_ROLE_READ, search_series, NULL},
    {"GET", "/dicom-web/studies/{study}/instances", WEB_ROLE_READ, search_instances, NULL},
    {"GET", "/dicom-web/studies/{study}/series/{series}/instances", WEB_ROLE_READ, search_instances,
     NULL},
    {NULL, NULL, 0, NULL, NULL},
};
