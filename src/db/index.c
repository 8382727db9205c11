/* Upserting the four rows of one object. Values are taken from the dataset
 * as Conquest stores them: trailing spaces (and NULs) removed, leading
 * spaces kept, an empty or absent value is NULL, a value of only spaces is
 * ''. Text with bytes outside ASCII is converted to UTF-8 from its Specific
 * Character Set. On top of Conquest: the patient copies in study rows follow
 * the patient row, and links are checked at every level, not only Study. */
#include "db/index.h"

#include "db/metadata.h"

#include "db/tables.h"
#include "dicom/charset.h"
#include "dicom/dict.h"
#include "util/buf.h"
#include "util/error.h"
#include "util/log.h"
#include "util/str.h"

#include <errno.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define LEVELS 4 /* Patient, Study, Series, Image: the levels an object fills */
#define MAX_COLS (SCHEMA_MAX_COLUMNS + 4)
#define FETCH_MAX (1u << 20)
#define CONV_MAX (1u << 20)
#define SQL_LEN 4096
#define RETRIES 5

/* Where a column's value comes from. */
enum source { SRC_DATASET, SRC_MODALITIES, SRC_ACCESS_TIME, SRC_OBJECT_FILE, SRC_DEVICE };

struct level_cols {
    const char *names[MAX_COLS];
    const struct schema_column *col[MAX_COLS]; /* NULL for the extra columns */
    enum source src[MAX_COLS];
    struct db_value vals[MAX_COLS];
    size_t n;
};

/* A row read back (copied out of the callback). */
struct fetched {
    int found;
    size_t n;
    struct db_value v[MAX_COLS];
    size_t off[MAX_COLS];
    struct buf store;
};

struct index {
    const struct config *cfg;
    const struct schema *s;
    struct db *db;
    int allow_empty_patient_id;
    struct level_cols lv[LEVELS];
    char *arena; /* the values of the current object */
    size_t arena_cap, arena_used;
    struct buf conv;
    char *modalities;                            /* the study's new ModalitiesInStudy */
    const struct schema_column *modal_col;       /* Study (0008,0061), or NULL */
    const struct schema_column *series_modality; /* Series (0008,0060), or NULL */
    /* Study columns that copy a patient column, and those patient columns. */
    size_t ncopies;
    size_t copy_study[MAX_COLS], copy_patient[MAX_COLS];
    /* SELECT link[, extra] FROM level WHERE key = ?; the image's extra is
     * its ObjectFile and DeviceName. */
    char sql_check[LEVELS][SQL_LEN];
    char sql_patient[SQL_LEN];    /* SELECT <all patient columns> WHERE key = ? */
    char sql_copies[SQL_LEN];     /* UPDATE Studies SET copies = ? WHERE link = ? */
    char sql_modal_list[SQL_LEN]; /* SELECT DISTINCT Modality FROM Series WHERE link = ? */
    char sql_modal_set[SQL_LEN];  /* UPDATE Studies SET StudyModal = ? WHERE key = ? */
    char *sql_upsert[LEVELS];     /* db_upsert_sql of each level's columns */
    char *sql_metadata;           /* metadata_upsert_sql */
    struct buf metadata;          /* the kept form of the current object */
    struct buf cached[LEVELS];    /* rows written by us (Patient..Series), see keep_or_forget */
    long long data_version;       /* the database's, when `cached` was last known good */
    struct fetched f;
};

/* ---- building the column lists and SQL ---- */

static int add_col(struct level_cols *l, const char *name, const struct schema_column *c,
                   enum source src)
{
    if (l->n == MAX_COLS || !db_is_identifier(name))
        return DG_EPARSE;
    l->names[l->n] = name;
    l->col[l->n] = c;
    l->src[l->n] = src;
    l->n++;
    return 0;
}

static int build_sql(char *out, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static int build_sql(char *out, const char *fmt, ...)
{
    va_list ap;
    int n;

    va_start(ap, fmt);
    n = vsnprintf(out, SQL_LEN, fmt, ap);
    va_end(ap);
    return n < 0 || n >= SQL_LEN ? DG_ETOOBIG : 0;
}

static const char *key_col(const struct index *ix, int lv)
{
    return ix->s->tables[lv].columns[0].column;
}

static const char *link_col(const struct index *ix, int lv)
{
    const struct schema_table *t = &ix->s->tables[lv];
    return t->columns[t->ncolumns - 1].column;
}

static int prepare_sql(struct index *ix)
{
    const struct schema *s = ix->s;
    int rc = 0;
    char list[SQL_LEN] = "";
    size_t used = 0;

    /* The link checks; Study also reads its modalities, Series its modality. */
    for (int lv = SCHEMA_STUDY; lv <= SCHEMA_IMAGE && rc == 0; lv++) {
        const char *extra = lv == SCHEMA_STUDY && ix->modal_col ? ix->modal_col->column
                            : lv == SCHEMA_SERIES && ix->series_modality
                                ? ix->series_modality->column
                            : lv == SCHEMA_IMAGE ? TABLES_OBJECT_FILE ", " TABLES_DEVICE_NAME
                                                 : NULL;
        rc = build_sql(ix->sql_check[lv], "SELECT %s%s%s FROM %s WHERE %s = ?", link_col(ix, lv),
                       extra ? ", " : "", extra ? extra : "", s->tables[lv].table, key_col(ix, lv));
    }
    for (size_t i = 0; i < ix->lv[SCHEMA_PATIENT].n && rc == 0; i++) {
        int n = snprintf(list + used, sizeof list - used, "%s%s", i ? ", " : "",
                         ix->lv[SCHEMA_PATIENT].names[i]);
        if (n < 0 || (size_t)n >= sizeof list - used)
            rc = DG_ETOOBIG;
        else
            used += (size_t)n;
    }
    if (rc == 0)
        rc = build_sql(ix->sql_patient, "SELECT %s FROM %s WHERE %s = ?", list,
                       s->tables[SCHEMA_PATIENT].table, key_col(ix, SCHEMA_PATIENT));
    if (rc == 0 && ix->ncopies) {
        used = 0;
        for (size_t i = 0; i < ix->ncopies && rc == 0; i++) {
            int n = snprintf(list + used, sizeof list - used, "%s%s = ?", i ? ", " : "",
                             ix->lv[SCHEMA_STUDY].names[ix->copy_study[i]]);
            if (n < 0 || (size_t)n >= sizeof list - used)
                rc = DG_ETOOBIG;
            else
                used += (size_t)n;
        }
        if (rc == 0)
            rc = build_sql(ix->sql_copies, "UPDATE %s SET %s WHERE %s = ?",
                           s->tables[SCHEMA_STUDY].table, list, link_col(ix, SCHEMA_STUDY));
    }
    if (rc == 0 && ix->modal_col && ix->series_modality) {
        rc = build_sql(ix->sql_modal_list, "SELECT DISTINCT %s FROM %s WHERE %s = ?",
                       ix->series_modality->column, s->tables[SCHEMA_SERIES].table,
                       link_col(ix, SCHEMA_SERIES));
        if (rc == 0)
            rc = build_sql(ix->sql_modal_set, "UPDATE %s SET %s = ? WHERE %s = ?",
                           s->tables[SCHEMA_STUDY].table, ix->modal_col->column,
                           key_col(ix, SCHEMA_STUDY));
    }
    /* AccessTime says when the row was made, as Conquest's does. */
    for (int lv = 0; lv < LEVELS && rc == 0; lv++)
        rc = db_upsert_sql(ix->db, s->tables[lv].table, ix->lv[lv].names, ix->lv[lv].n,
                           TABLES_ACCESS_TIME, &ix->sql_upsert[lv]);
    if (rc == 0)
        rc = metadata_upsert_sql(ix->db, &ix->sql_metadata);
    return rc;
}

int index_open(const struct config *cfg, const struct schema *schema, struct db *db,
               struct index **out)
{
    struct index *ix = calloc(1, sizeof *ix);
    size_t cap = 0;
    int rc = 0;

    *out = NULL;
    if (!ix)
        return -ENOMEM;
    ix->cfg = cfg;
    ix->s = schema;
    ix->db = db;
    ix->allow_empty_patient_id = cfg->allow_empty_patient_id;
    ix->modal_col = schema_find(schema, SCHEMA_STUDY, 0x0008, 0x0061);
    ix->series_modality = schema_find(schema, SCHEMA_SERIES, 0x0008, 0x0060);
    for (int lv = 0; lv < LEVELS && rc == 0; lv++) {
        const struct schema_table *t = &schema->tables[lv];
        struct level_cols *l = &ix->lv[lv];
        for (size_t i = 0; i < t->ncolumns && rc == 0; i++) {
            const struct schema_column *c = &t->columns[i];
            if (!schema_is_column(c))
                continue;
            rc = add_col(l, c->column, c, c == ix->modal_col ? SRC_MODALITIES : SRC_DATASET);
            cap += (size_t)c->length + 32;
        }
        if (rc == 0)
            rc = add_col(l, TABLES_ACCESS_TIME, NULL, SRC_ACCESS_TIME);
        if (rc == 0 && lv == SCHEMA_IMAGE) {
            rc = add_col(l, TABLES_OBJECT_FILE, NULL, SRC_OBJECT_FILE);
            if (rc == 0)
                rc = add_col(l, TABLES_DEVICE_NAME, NULL, SRC_DEVICE);
        }
    }
    /* Study columns holding a copy of a patient attribute (not the link). */
    for (size_t i = 1; rc == 0 && i + 1 < ix->lv[SCHEMA_STUDY].n; i++) {
        const struct schema_column *c = ix->lv[SCHEMA_STUDY].col[i];
        if (!c || c == ix->modal_col)
            continue;
        for (size_t k = 1; k < ix->lv[SCHEMA_PATIENT].n; k++) {
            const struct schema_column *p = ix->lv[SCHEMA_PATIENT].col[k];
            if (p && p->group == c->group && p->element == c->element) {
                ix->copy_study[ix->ncopies] = i;
                ix->copy_patient[ix->ncopies] = k;
                ix->ncopies++;
                break;
            }
        }
    }
    if (rc == 0)
        rc = prepare_sql(ix);
    if (rc == 0) {
        ix->arena_cap = cap + 64;
        ix->arena = malloc(ix->arena_cap);
        ix->modalities = ix->modal_col ? malloc((size_t)ix->modal_col->length + 1) : NULL;
        if (!ix->arena || (ix->modal_col && !ix->modalities))
            rc = -ENOMEM;
    }
    buf_init(&ix->conv, CONV_MAX);
    buf_init(&ix->metadata, METADATA_MAX);
    buf_init(&ix->f.store, FETCH_MAX);
    for (int lv = 0; lv < LEVELS; lv++)
        buf_init(&ix->cached[lv], FETCH_MAX);
    ix->data_version = -1;
    if (rc) {
        index_close(ix);
        return rc;
    }
    *out = ix;
    return 0;
}

void index_close(struct index *ix)
{
    if (!ix)
        return;
    free(ix->arena);
    free(ix->modalities);
    buf_free(&ix->conv);
    buf_free(&ix->metadata);
    free(ix->sql_metadata);
    buf_free(&ix->f.store);
    for (int lv = 0; lv < LEVELS; lv++) {
        buf_free(&ix->cached[lv]);
        free(ix->sql_upsert[lv]);
    }
    free(ix);
}

void index_forget(struct index *ix)
{
    for (int lv = 0; lv < LEVELS; lv++)
        buf_reset(&ix->cached[lv]);
    ix->data_version = -1;
}

/* At the start of a transaction: the rows we remember having written are
 * still the database's when no other connection has committed since our
 * last transaction (SQLite's data_version; asked inside the transaction, so
 * no commit can slip in between). Then an image of a known series skips the
 * three reads that check its patient, study and series: a C-STORE's commit
 * is shorter, and the associations waiting for it wait less. Where the
 * backend cannot tell, or something else wrote, forget them. */
static void keep_or_forget(struct index *ix)
{
    long long v;

    if (db_data_version(ix->db, &v) != 0) {
        index_forget(ix);
        return;
    }
    if (v != ix->data_version)
        index_forget(ix);
    ix->data_version = v;
}

/* ---- values ---- */

static char *arena_alloc(struct index *ix, size_t n)
{
    if (n > ix->arena_cap - ix->arena_used)
        return NULL;
    char *p = ix->arena + ix->arena_used;
    ix->arena_used += n;
    return p;
}

static int needs_conversion(const uint8_t *p, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (p[i] >= 0x80 || p[i] == 0x1B)
            return 1;
    return 0;
}

static int text_value(struct index *ix, const struct ds_elem *e, const struct cs_spec *spec,
                      const struct schema_column *c, struct db_value *out)
{
    const uint8_t *p = e->value;
    size_t len = e->len;
    char *dst;

    if (len == 0 || !p) {
        *out = db_null();
        return 0;
    }
    /* A NUL inside a value ends it (PostgreSQL cannot store one). */
    const uint8_t *nul = memchr(p, '\0', len);
    if (nul)
        len = (size_t)(nul - p);
    while (len > 0 && p[len - 1] == ' ')
        len--;
    if (needs_conversion(p, len)) {
        struct cs_conv *cv = cs_thread_conv();
        size_t nbad = 0;
        int rc;
        buf_reset(&ix->conv);
        rc = cv ? cs_to_utf8(cv, spec, cs_kind_for_vr(vr_name((enum vr)e->vr)), p, len, &ix->conv,
                             &nbad)
                : -ENOMEM;
        if (rc)
            return rc;
        if (nbad)
            log_warn("%s: %zu byte(s) not valid in the character set were replaced", c->name, nbad);
        p = ix->conv.data;
        len = ix->conv.len;
    }
    size_t keep = str_utf8_cut((const char *)p, len, (size_t)c->length);
    if (keep < len)
        log_warn("%s: value of %zu bytes cut to the column length %d", c->name, len, c->length);
    dst = arena_alloc(ix, keep + 1);
    if (!dst)
        return DG_ETOOBIG;
    if (keep)
        memcpy(dst, p, keep);
    dst[keep] = '\0';
    *out = db_text(dst, keep);
    return 0;
}

/* DT_UINT16 .. DT_FD: a binary number stored as decimal text; only the
 * first value (the default dicom.sql has no multi-valued number column). */
static int number_value(struct index *ix, const struct ds *ds, const struct ds_elem *e,
                        const struct schema_column *c, struct db_value *out)
{
    char text[64];
    int n;
    uint16_t u16;
    uint32_t u32;
    float f32;
    double f64;
    int rc;

    switch (c->dicom_type) {
    case SCHEMA_DT_UINT16:
        rc = ds_get_u16(ds, e->tag, 0, &u16);
        n = snprintf(text, sizeof text, "%u", (unsigned)u16);
        break;
    case SCHEMA_DT_UINT32:
        rc = ds_get_u32(ds, e->tag, 0, &u32);
        n = snprintf(text, sizeof text, "%lu", (unsigned long)u32);
        break;
    case SCHEMA_DT_FL:
        rc = ds_get_f32(ds, e->tag, 0, &f32);
        n = snprintf(text, sizeof text, "%g", (double)f32);
        break;
    default:
        rc = ds_get_f64(ds, e->tag, 0, &f64);
        n = snprintf(text, sizeof text, "%g", f64);
        break;
    }
    if (rc == DG_ENOTFOUND) { /* zero-length value */
        *out = db_null();
        return 0;
    }
    if (rc)
        return DG_EPARSE; /* wrong VR: the caller falls back to text */
    size_t keep = (size_t)n > (size_t)c->length ? (size_t)c->length : (size_t)n;
    char *dst = arena_alloc(ix, keep + 1);
    if (!dst)
        return DG_ETOOBIG;
    memcpy(dst, text, keep);
    dst[keep] = '\0';
    *out = db_text(dst, keep);
    return 0;
}

static int column_value(struct index *ix, const struct ds *ds, const struct cs_spec *spec,
                        const struct schema_column *c, struct db_value *out)
{
    const struct ds_elem *e = ds_find(ds, DICT_TAG(c->group, c->element));

    if (!e || e->vr == VR_SQ || (e->flags & DS_F_ENCAPSULATED)) {
        *out = db_null();
        return 0;
    }
    if (c->dicom_type == SCHEMA_DT_UINT16 || c->dicom_type == SCHEMA_DT_UINT32 ||
        c->dicom_type == SCHEMA_DT_FL || c->dicom_type == SCHEMA_DT_FD) {
        int rc = number_value(ix, ds, e, c, out);
        if (rc != DG_EPARSE)
            return rc;
        /* Not the binary VR dicom.sql expects (e.g. an IS): take the text. */
    }
    return text_value(ix, e, spec, c, out);
}

static int values_equal(const struct db_value *a, const struct db_value *b)
{
    if (a->kind == DB_NULL || b->kind == DB_NULL)
        return a->kind == b->kind;
    return a->len == b->len && (a->len == 0 || memcmp(a->text, b->text, a->len) == 0);
}

static void value_text(const struct db_value *v, char *out, size_t outlen)
{
    if (v->kind == DB_NULL)
        snprintf(out, outlen, "(null)");
    else
        snprintf(out, outlen, "%.*s", (int)(v->len > 200 ? 200 : v->len), v->text);
}

/* Fill every level's values from the dataset. */
static int collect(struct index *ix, const struct ds *ds, const struct index_file *where,
                   time_t now)
{
    struct cs_spec spec;
    const struct ds_elem *scs = ds_find(ds, DICT_TAG(0x0008, 0x0005));
    int rc;

    const uint8_t *scs_value = scs && scs->value ? scs->value : (const uint8_t *)"";
    size_t scs_len = scs && scs->value ? scs->len : 0;

    if (cs_spec_parse(scs_value, scs_len, &spec) != 0) {
        log_warn("unknown Specific Character Set '%.*s'; text read as the default repertoire",
                 (int)(scs_len < 64 ? scs_len : 64), (const char *)scs_value);
        cs_spec_parse((const uint8_t *)"", 0, &spec);
    }
    ix->arena_used = 0;
    for (int lv = 0; lv < LEVELS; lv++) {
        struct level_cols *l = &ix->lv[lv];
        for (size_t i = 0; i < l->n; i++) {
            switch (l->src[i]) {
            case SRC_DATASET:
                rc = column_value(ix, ds, &spec, l->col[i], &l->vals[i]);
                if (rc)
                    return rc;
                /* Conquest: an empty PatientID becomes 00000000. */
                if (l->col[i]->group == 0x0010 && l->col[i]->element == 0x0020 &&
                    !ix->allow_empty_patient_id &&
                    (l->vals[i].kind == DB_NULL || l->vals[i].len == 0))
                    l->vals[i] = db_text("00000000", 8);
                break;
            case SRC_MODALITIES:
                l->vals[i] = db_null(); /* filled in from the series below */
                break;
            case SRC_ACCESS_TIME:
                l->vals[i] = db_int((long long)now);
                break;
            case SRC_OBJECT_FILE:
                l->vals[i] = where->object_file
                                 ? db_text(where->object_file, strlen(where->object_file))
                                 : db_null();
                break;
            case SRC_DEVICE:
                l->vals[i] =
                    where->device ? db_text(where->device, strlen(where->device)) : db_null();
                break;
            }
        }
        if (l->vals[0].kind == DB_NULL || l->vals[0].len == 0) {
            log_error("***object has no %s (%s): not indexed", l->col[0]->name,
                      ix->s->tables[lv].table);
            return DG_EPARSE;
        }
    }
    return 0;
}

/* ---- reading rows back ---- */

static int fetch_row(void *ctx, const struct db_value *cols, size_t ncols)
{
    struct fetched *f = ctx;

    f->found = 1;
    f->n = ncols > MAX_COLS ? MAX_COLS : ncols;
    buf_reset(&f->store);
    for (size_t i = 0; i < f->n; i++) {
        f->v[i] = cols[i];
        f->off[i] = f->store.len;
        if (cols[i].kind == DB_TEXT && buf_append(&f->store, cols[i].text, cols[i].len) != 0)
            return DG_ETOOBIG;
    }
    return 1; /* keys are unique: one row is all there is */
}

static int fetch(struct index *ix, const char *sql, const struct db_value *key)
{
    struct fetched *f = &ix->f;
    int rc;

    f->found = 0;
    f->n = 0;
    rc = db_query(ix->db, sql, key, 1, fetch_row, f);
    if (rc == 1)
        rc = 0;
    for (size_t i = 0; rc == 0 && i < f->n; i++)
        if (f->v[i].kind == DB_TEXT)
            f->v[i].text = (const char *)f->store.data + f->off[i];
    return rc;
}

/* ---- the transaction's work ---- */

/* Serialize a level's values (without AccessTime) to compare with the row
 * written earlier in this transaction. */
static int same_as_cached(struct index *ix, int lv, struct buf *tmp)
{
    const struct level_cols *l = &ix->lv[lv];

    buf_reset(tmp);
    for (size_t i = 0; i < l->n; i++) {
        const struct db_value *v = &l->vals[i];
        uint32_t len = v->kind == DB_NULL ? 0xFFFFFFFFu : (uint32_t)v->len;
        if (l->src[i] == SRC_ACCESS_TIME)
            continue;
        if (buf_append(tmp, &len, sizeof len) != 0 ||
            (v->kind == DB_TEXT && buf_append(tmp, v->text, v->len) != 0))
            return 0;
    }
    return ix->cached[lv].len == tmp->len && tmp->len > 0 &&
           memcmp(ix->cached[lv].data, tmp->data, tmp->len) == 0;
}

static void remember(struct index *ix, int lv, const struct buf *tmp)
{
    buf_reset(&ix->cached[lv]);
    if (buf_append(&ix->cached[lv], tmp->data, tmp->len) != 0)
        buf_reset(&ix->cached[lv]);
}

/* Refuse a row whose stored link differs from the object's. */
static int check_link(struct index *ix, int lv)
{
    const struct level_cols *l = &ix->lv[lv];
    const struct db_value *link = &l->vals[l->n - 1 - (lv == SCHEMA_IMAGE ? 3 : 1)];
    char k[256], o[256], n[256];

    if (!ix->f.found || values_equal(&ix->f.v[0], link))
        return 0;
    value_text(&l->vals[0], k, sizeof k);
    value_text(&ix->f.v[0], o, sizeof o);
    value_text(link, n, sizeof n);
    log_error("***Refused to enter inconsistent link %s into %s: %s = '%s' %s = '%s', Old='%s', "
              "Refused='%s'",
              link_col(ix, lv), ix->s->tables[lv].table, link_col(ix, lv), n, key_col(ix, lv), k, o,
              n);
    return DG_ECONFLICT;
}

static int value_is(const struct db_value *v, const char *s)
{
    size_t n = s ? strlen(s) : 0;
    return s && v->kind == DB_TEXT && v->len == n && memcmp(v->text, s, n) == 0;
}

/* A store that looked up the instance's earlier file under its SOP lock
 * writes its row only if the instance is still where it looked: not
 * indexed on this device, or under this very file. Otherwise another store
 * (another dgate, where no lock holds between processes) indexed it with
 * another file in between, and this one must fail, or one of the two files
 * would be left without a row. Needs the image row in ix->f. */
static int check_same_file(struct index *ix, const struct index_file *where)
{
    const struct db_value *file = &ix->f.v[1], *device = &ix->f.v[2];
    const struct db_value *sop = &ix->lv[SCHEMA_IMAGE].vals[0];

    if (!ix->f.found || ix->f.n < 3 || !value_is(device, where->device) ||
        value_is(file, where->object_file))
        return 0;
    log_error("***SOP instance %.*s was indexed meanwhile as %.*s, not as %s (stored twice at "
              "once): refused",
              (int)sop->len, sop->text, (int)(file->kind == DB_TEXT ? file->len : 0),
              file->kind == DB_TEXT ? file->text : "", where->object_file);
    return DG_ECONFLICT;
}

/* ---- transaction locks: the link checks hold between processes ----
 * A link is checked by reading the row, then written: two transactions on
 * two connections (two dgate) could both find no study row and write the
 * study under two patients. Each level's key is locked on the server
 * first (SQLite needs nothing: BEGIN IMMEDIATE excludes every other
 * writer); the reads that follow, by then, see what the other committed. */

#define LOCK_SPACE_SOP "dgate.sop" /* the SOP lock of a store (session) */

/* The key of level lv's row (its first column, e.g. StudyInsta) in the
 * dataset, as collect() reads it: trailing spaces and NULs removed. 0 when
 * absent (collect then refuses the object). */
static int level_key(const struct index *ix, const struct ds *ds, int lv, uint64_t *key)
{
    const struct schema_table *t = &ix->s->tables[lv];
    const struct ds_elem *e = ds_find(ds, DICT_TAG(t->columns[0].group, t->columns[0].element));
    size_t n;

    if (!e || !e->value)
        return 0;
    n = e->len;
    while (n && (e->value[n - 1] == ' ' || e->value[n - 1] == '\0'))
        n--;
    if (n == 0)
        return 0;
    *key = db_lock_key(t->table, (const char *)e->value, n);
    return 1;
}

/* Add the keys of one object to keys[*n] (room for LEVELS more): study and
 * series, and the image unless the store holds its SOP lock on the server
 * (which excludes every other store of it). */
static void object_keys(const struct index *ix, const struct ds *ds, int image, uint64_t *keys,
                        size_t *n)
{
    for (int lv = SCHEMA_STUDY; lv <= (image ? SCHEMA_IMAGE : SCHEMA_SERIES); lv++)
        *n += (size_t)level_key(ix, ds, lv, &keys[*n]);
}

static int compare_keys(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

/* Lock keys[n] in ascending order (see db_lock_in_transaction). */
static int lock_keys(struct index *ix, uint64_t *keys, size_t n)
{
    size_t m = 0;

    qsort(keys, n, sizeof *keys, compare_keys);
    for (size_t i = 0; i < n; i++)
        if (m == 0 || keys[m - 1] != keys[i])
            keys[m++] = keys[i];
    return db_lock_in_transaction(ix->db, keys, m);
}

static int has_modality(const char *list, size_t len, const char *m, size_t mlen)
{
    size_t i = 0;

    while (i <= len) {
        size_t j = i;
        while (j < len && list[j] != '\\')
            j++;
        if (j - i == mlen && memcmp(list + i, m, mlen) == 0)
            return 1;
        i = j + 1;
    }
    return 0;
}

/* Conquest prepends a new modality: OT then SR gives SR\OT. The result is
 * built in ix->modalities, because `old` points into the fetch buffer that
 * the next query reuses. */
static void add_modality(struct index *ix, const struct db_value *old, const struct db_value *m,
                         struct db_value *out)
{
    size_t max = (size_t)ix->modal_col->length;
    size_t olen = old->kind == DB_TEXT ? old->len : 0;
    int add = m->kind == DB_TEXT && m->len > 0 &&
              !(olen && has_modality(old->text, olen, m->text, m->len));
    size_t at = 0;

    if (olen > max)
        olen = max;
    if (add && m->len + (olen ? olen + 1 : 0) > max) {
        log_debug("ModalitiesInStudy full; %.*s not added", (int)m->len, m->text);
        add = 0;
    }
    if (!add && old->kind == DB_NULL) {
        *out = db_null();
        return;
    }
    if (add) {
        memcpy(ix->modalities, m->text, m->len);
        at = m->len;
        if (olen)
            ix->modalities[at++] = '\\';
    }
    if (olen)
        memmove(ix->modalities + at, old->text, olen);
    *out = db_text(ix->modalities, at + olen);
}

struct modal_acc {
    struct index *ix;
    size_t len;
};

static int collect_modality(void *ctx, const struct db_value *cols, size_t ncols)
{
    struct modal_acc *a = ctx;
    size_t max = (size_t)a->ix->modal_col->length;

    if (ncols < 1 || cols[0].kind != DB_TEXT || cols[0].len == 0)
        return 0;
    if (a->len + cols[0].len + (a->len ? 1 : 0) > max)
        return 0;
    if (a->len)
        a->ix->modalities[a->len++] = '\\';
    memcpy(a->ix->modalities + a->len, cols[0].text, cols[0].len);
    a->len += cols[0].len;
    return 0;
}

/* A series changed its modality: rebuild the study's list from its series. */
static int rebuild_modalities(struct index *ix, const struct db_value *study)
{
    struct modal_acc a = {ix, 0};
    struct db_value p[2];
    int rc = db_query(ix->db, ix->sql_modal_list, study, 1, collect_modality, &a);

    if (rc)
        return rc;
    p[0] = a.len ? db_text(ix->modalities, a.len) : db_null();
    p[1] = *study;
    return db_exec(ix->db, ix->sql_modal_set, p, 2, NULL);
}

static size_t find_src(const struct level_cols *l, enum source src)
{
    for (size_t i = 0; i < l->n; i++)
        if (l->src[i] == src)
            return i;
    return l->n;
}

static size_t find_col(const struct level_cols *l, const struct schema_column *c)
{
    for (size_t i = 0; i < l->n; i++)
        if (l->col[i] == c)
            return i;
    return l->n;
}

static int upsert(struct index *ix, int lv)
{
    const struct level_cols *l = &ix->lv[lv];

    return db_exec(ix->db, ix->sql_upsert[lv], l->vals, l->n, NULL);
}

/* One object to index: its header, where its file is, and its kept
 * metadata, encoded by the thread that stores it before any transaction
 * (prepare), not by the group's leader, which would encode a whole batch
 * in turn while the other stores wait. */
struct object_in {
    const struct ds *ds;
    const struct index_file *where;
    const struct buf *kept;
    int kept_rc; /* metadata_encode's result */
};

static struct object_in prepare(struct index *ix, const struct ds *ds,
                                const struct index_file *where)
{
    struct object_in o = {ds, where, &ix->metadata, 0};

    buf_reset(&ix->metadata);
    o.kept_rc = metadata_encode(ds, &ix->metadata);
    return o;
}

/* The work of one object inside a transaction whose locks are taken.
 * exclusive: the store holds the SOP lock (check_same_file). */
static int index_in_transaction(struct index *ix, const struct object_in *o, int exclusive)
{
    const struct ds *ds = o->ds;
    struct level_cols *pat = &ix->lv[SCHEMA_PATIENT], *stu = &ix->lv[SCHEMA_STUDY];
    struct level_cols *ser = &ix->lv[SCHEMA_SERIES];
    struct buf tmp[LEVELS];
    int same[LEVELS] = {0};
    int series_modality_changed = 0, rc;
    struct db_value old_modalities = db_null();
    size_t modal_i = find_src(stu, SRC_MODALITIES);
    size_t ser_mod_i = ix->series_modality ? find_col(ser, ix->series_modality) : ser->n;

    rc = collect(ix, ds, o->where, time(NULL));
    if (rc)
        return rc;
    for (int lv = 0; lv < LEVELS; lv++)
        buf_init(&tmp[lv], FETCH_MAX);

    /* Series first: its modality feeds the study row. A row identical to
     * one written earlier in this transaction needs no check or write. */
    same[SCHEMA_SERIES] = same_as_cached(ix, SCHEMA_SERIES, &tmp[SCHEMA_SERIES]);
    if (!same[SCHEMA_SERIES]) {
        rc = fetch(ix, ix->sql_check[SCHEMA_SERIES], &ser->vals[0]);
        if (rc == 0)
            rc = check_link(ix, SCHEMA_SERIES);
        if (rc)
            goto done;
        if (ix->f.found && ser_mod_i < ser->n && ix->f.n > 1 &&
            !values_equal(&ix->f.v[1], &ser->vals[ser_mod_i]))
            series_modality_changed = 1;
    }
    /* The study: link check and its current modalities. */
    if (modal_i < stu->n) {
        /* Until the study row is read, assume it has none. */
        stu->vals[modal_i] = ser_mod_i < ser->n ? ser->vals[ser_mod_i] : db_null();
    }
    same[SCHEMA_STUDY] =
        same[SCHEMA_SERIES] && same_as_cached(ix, SCHEMA_STUDY, &tmp[SCHEMA_STUDY]);
    if (!same[SCHEMA_STUDY]) {
        rc = fetch(ix, ix->sql_check[SCHEMA_STUDY], &stu->vals[0]);
        if (rc == 0)
            rc = check_link(ix, SCHEMA_STUDY);
        if (rc)
            goto done;
        if (ix->f.found && modal_i < stu->n && ix->f.n > 1 && ser_mod_i < ser->n) {
            old_modalities = ix->f.v[1];
            add_modality(ix, &old_modalities, &ser->vals[ser_mod_i], &stu->vals[modal_i]);
        }
    }
    /* The image: its series must not change either. */
    rc = fetch(ix, ix->sql_check[SCHEMA_IMAGE], &ix->lv[SCHEMA_IMAGE].vals[0]);
    if (rc == 0)
        rc = check_link(ix, SCHEMA_IMAGE);
    if (rc == 0 && exclusive)
        rc = check_same_file(ix, o->where);
    if (rc)
        goto done;

    /* Patient: read the old row to know whether study copies must follow. */
    same[SCHEMA_PATIENT] = same_as_cached(ix, SCHEMA_PATIENT, &tmp[SCHEMA_PATIENT]);
    if (!same[SCHEMA_PATIENT]) {
        int copies_stale = 0;
        rc = fetch(ix, ix->sql_patient, &pat->vals[0]);
        if (rc)
            goto done;
        if (ix->f.found)
            for (size_t i = 0; i < ix->ncopies; i++)
                if (!values_equal(&ix->f.v[ix->copy_patient[i]], &pat->vals[ix->copy_patient[i]]))
                    copies_stale = 1;
        rc = upsert(ix, SCHEMA_PATIENT);
        if (rc != 0)
            goto done;
        if (copies_stale) {
            struct db_value p[MAX_COLS + 1];
            for (size_t i = 0; i < ix->ncopies; i++)
                p[i] = pat->vals[ix->copy_patient[i]];
            p[ix->ncopies] = pat->vals[0];
            log_info("patient %.*s changed; its studies' copies of the patient attributes follow",
                     (int)pat->vals[0].len, pat->vals[0].text);
            rc = db_exec(ix->db, ix->sql_copies, p, ix->ncopies + 1, NULL);
            if (rc != 0)
                goto done;
        }
        remember(ix, SCHEMA_PATIENT, &tmp[SCHEMA_PATIENT]);
    }
    if (!same[SCHEMA_STUDY]) {
        rc = upsert(ix, SCHEMA_STUDY);
        if (rc != 0)
            goto done;
        /* The cache key must include the modalities now stored. */
        same_as_cached(ix, SCHEMA_STUDY, &tmp[SCHEMA_STUDY]);
        remember(ix, SCHEMA_STUDY, &tmp[SCHEMA_STUDY]);
    }
    if (!same[SCHEMA_SERIES]) {
        rc = upsert(ix, SCHEMA_SERIES);
        if (rc != 0)
            goto done;
        if (series_modality_changed && modal_i < stu->n) {
            rc = rebuild_modalities(ix, &stu->vals[0]);
            if (rc != 0)
                goto done;
            buf_reset(&ix->cached[SCHEMA_STUDY]);
        }
        remember(ix, SCHEMA_SERIES, &tmp[SCHEMA_SERIES]);
    }
    rc = upsert(ix, SCHEMA_IMAGE);
    /* In the image row's transaction: a row and its metadata come and go
     * together, whichever dgate writes them. */
    if (rc == 0)
        rc = metadata_write_kept(ix->db, ix->sql_metadata, ds, o->kept, o->kept_rc);
done:
    for (int lv = 0; lv < LEVELS; lv++)
        buf_free(&tmp[lv]);
    return rc;
}

int index_object_in_transaction(struct index *ix, const struct ds *ds,
                                const struct index_file *where)
{
    uint64_t keys[LEVELS];
    size_t n = 0;
    int rc;

    object_keys(ix, ds, 1, keys, &n);
    rc = lock_keys(ix, keys, n);
    if (rc == 0) {
        struct object_in o = prepare(ix, ds, where);

        rc = index_in_transaction(ix, &o, 0);
    }
    return rc;
}

/* ---- the SOP lock of a store ---- */

/* Within the process, a striped mutex: stores of other instances rarely
 * wait. Between processes (MySQL, PostgreSQL), a session lock on the
 * server held by the group's connection (below), the one that commits the
 * row: a lock lost with that connection fails the commit with it. */
#define SOP_STRIPES 256
#define LOCK_POLL_MAX_MS 32

struct index_lock {
    pthread_mutex_t *stripe;
    uint64_t key;
    int on_server;           /* held by the group's connection too: */
    struct db *db;           /* that one */
    unsigned long session;   /* its db_session when taken */
    struct index_lock *next; /* in the group's queue of locks to release */
};

static pthread_mutex_t sop_stripes[SOP_STRIPES];
static pthread_once_t sop_stripes_once = PTHREAD_ONCE_INIT;

static void sop_stripes_init(void)
{
    for (size_t i = 0; i < SOP_STRIPES; i++)
        pthread_mutex_init(&sop_stripes[i], NULL);
}

/* Inside the transaction that writes the object's rows (see db_session):
 * is its SOP lock still held by this connection? One lost with an earlier
 * connection (the server restarted, the connection was cut) is taken again
 * when no other process took it meanwhile; then check_same_file finds
 * whether another store came in between, and the store goes on protected
 * (this also settles a commit whose answer was lost with the connection:
 * its row is found and written again). When another process holds it now,
 * the object fails. */
static int lock_still_held(struct index *ix, struct index_lock *lk)
{
    int got = 0, rc;

    if (!lk || !lk->on_server || (lk->db == ix->db && lk->session == db_session(ix->db)))
        return 0;
    rc = lk->db == ix->db ? db_try_lock(ix->db, lk->key, &got) : DG_EDBGONE;
    if (rc == 0 && got) {
        log_warn("SOP lock lost with its database connection, taken again");
        lk->session = db_session(ix->db);
        return 0;
    }
    log_error("***SOP lock lost with its database connection: the object is not indexed");
    return rc == 0 || rc == DG_EDBBUSY ? DG_EDBGONE : rc;
}

/* ---- one object in its own transaction ---- */

/* After a failed transaction (rolled back here): 1 when another try may
 * succeed: a deadlock or serialization failure (after a pause that grows
 * with each attempt), or a connection lost at the first attempt (db_begin
 * reconnects). */
static int retry_after(struct index *ix, int rc, int attempt)
{
    db_rollback(ix->db);
    index_forget(ix);
    if (rc == DG_EDBBUSY) {
        struct timespec ts = {0, 5000000L * (attempt + 1)};
        nanosleep(&ts, NULL);
        return 1;
    }
    return rc == DG_EDBGONE && attempt == 0;
}

static int index_one(struct index *ix, const struct object_in *o, struct index_lock *lk)
{
    int rc = 0;

    for (int attempt = 0; attempt < RETRIES; attempt++) {
        uint64_t keys[LEVELS];
        size_t n = 0;

        rc = db_begin(ix->db);
        if (rc == 0)
            rc = lock_still_held(ix, lk);
        if (rc == 0) {
            object_keys(ix, o->ds, !(lk && lk->on_server), keys, &n);
            rc = lock_keys(ix, keys, n);
        }
        if (rc == 0) {
            keep_or_forget(ix);
            rc = index_in_transaction(ix, o, lk != NULL);
        }
        if (rc == 0)
            rc = db_commit(ix->db);
        if (rc == 0)
            return 0;
        /* After a lost connection, lock_still_held takes the SOP lock
         * again on the new one if it can. */
        if (!retry_after(ix, rc, attempt))
            break;
    }
    if (rc != DG_ECONFLICT && rc != DG_EPARSE)
        log_error("***Error saving to SQL: %s (%s)", dg_strerror(rc), db_error(ix->db));
    return rc;
}

int index_object(struct index *ix, const struct ds *ds, const struct index_file *where)
{
    struct object_in o = prepare(ix, ds, where);

    return index_one(ix, &o, NULL);
}

/* ---- group commit ----
 * One store commits at a time (SQLite admits one writer; the servers pay a
 * log flush per commit). Stores that finish while a transaction is running
 * queue up, and the next one to find no transaction running commits all of
 * them together, each object still checked on its own. The same leader
 * takes and releases the SOP locks queued meanwhile on the group's
 * connection (a round), since only one thread at a time may use it. */

#define GROUP_MAX 64

enum group_kind { GROUP_INDEX, GROUP_LOCK };

struct group_request {
    enum group_kind kind;
    struct object_in obj;    /* GROUP_INDEX */
    struct index_lock *lock; /* GROUP_INDEX: may be NULL; GROUP_LOCK: the one to take */
    int rc;
    int done;
    struct group_request *next;
};

static struct {
    pthread_mutex_t lock;
    pthread_cond_t finished;
    struct group_request *head; /* objects to index, in order */
    struct group_request **tail;
    struct group_request *locks; /* SOP locks to take */
    struct index_lock *unlocks;  /* SOP locks to release (nobody waits) */
    int committing;              /* a round is running */
    /* The connection every group leader writes through, so that its page
     * cache stays warm: one connection per thread found its cache stale
     * after each other thread's commit and read the pages again. */
    struct db *db;
    struct index *ix;
} group = {PTHREAD_MUTEX_INITIALIZER,
           PTHREAD_COND_INITIALIZER,
           NULL,
           &group.head,
           NULL,
           NULL,
           0,
           NULL,
           NULL};

/* The group's indexer, opened on first use (with the settings of `own`, if
 * not NULL); NULL when it cannot be opened. */
static struct index *group_indexer(struct index *own)
{
    char err[256];

    if (!group.ix && own) {
        if (db_open(own->cfg, &group.db, err, sizeof err) != 0 ||
            index_open(own->cfg, own->s, group.db, &group.ix) != 0) {
            log_debug("cannot open the group commit's connection: %s", err);
            db_close(group.db);
            group.db = NULL;
            group.ix = NULL;
        }
    }
    return group.ix;
}

void index_group_close(void)
{
    index_close(group.ix);
    db_close(group.db);
    group.ix = NULL;
    group.db = NULL;
}

/* Index a batch in one transaction. A conflict or a missing key leaves the
 * transaction usable (nothing of that object was written); any database
 * error sends every object through index_one alone, so that each gets its
 * own answer and its own retries. Every key of the batch is locked first,
 * in one order, so that two processes' batches never wait in a circle. */
static void index_batch(struct index *ix, struct group_request *batch)
{
    uint64_t keys[GROUP_MAX * LEVELS];
    size_t n = 0;
    int rc;

    if (!batch->next) {
        batch->rc = index_one(ix, &batch->obj, batch->lock);
        return;
    }
    rc = db_begin(ix->db);
    for (struct group_request *r = batch; r && rc == 0; r = r->next) {
        r->rc = lock_still_held(ix, r->lock);
        if (r->rc == 0)
            object_keys(ix, r->obj.ds, !(r->lock && r->lock->on_server), keys, &n);
    }
    if (rc == 0)
        rc = lock_keys(ix, keys, n);
    if (rc == 0)
        keep_or_forget(ix);
    for (struct group_request *r = batch; r && rc == 0; r = r->next) {
        if (r->rc != 0)
            continue;
        r->rc = index_in_transaction(ix, &r->obj, r->lock != NULL);
        if (r->rc != 0 && r->rc != DG_ECONFLICT && r->rc != DG_EPARSE)
            rc = r->rc;
    }
    if (rc == 0)
        rc = db_commit(ix->db);
    if (rc == 0)
        return;
    db_rollback(ix->db);
    index_forget(ix);
    for (struct group_request *r = batch; r; r = r->next)
        r->rc = index_one(ix, &r->obj, r->lock);
}

/* Take the SOP locks of `locks` without waiting: rc 0 when taken,
 * DG_EDBBUSY when another connection (process) holds one. */
static void take_locks(struct index *g, struct group_request *locks)
{
    for (struct group_request *r = locks; r; r = r->next) {
        int got = 0;

        r->rc = g ? db_try_lock(g->db, r->lock->key, &got) : DG_EDBGONE;
        if (r->rc == 0 && !got)
            r->rc = DG_EDBBUSY;
        if (r->rc == 0) {
            r->lock->on_server = 1;
            r->lock->db = g->db;
            r->lock->session = db_session(g->db);
        }
    }
}

/* Release the SOP locks of `unlocks` (and free them); one taken on a
 * connection since lost went with it. */
static void release_locks(struct index *g, struct index_lock *unlocks)
{
    while (unlocks) {
        struct index_lock *lk = unlocks;

        unlocks = lk->next;
        if (g && lk->db == g->db && lk->session == db_session(g->db) &&
            db_unlock(g->db, lk->key) != 0)
            log_warn("releasing a SOP lock failed: %s", db_error(g->db));
        free(lk);
    }
}

/* Queue `me` (NULL: nothing) and run rounds on the group's connection until
 * it is done; without `me`, only while SOP locks wait to be released and
 * nobody else runs a round (whoever does releases them next). */
static void group_run(struct index *own, struct group_request *me)
{
    pthread_mutex_lock(&group.lock);
    if (me && me->kind == GROUP_INDEX) {
        *group.tail = me;
        group.tail = &me->next;
    } else if (me) {
        me->next = group.locks;
        group.locks = me;
    }
    for (;;) {
        int waiting = me && !me->done;

        if (!waiting && !group.unlocks)
            break;
        if (group.committing) {
            if (!waiting)
                break;
            pthread_cond_wait(&group.finished, &group.lock);
            continue;
        }
        /* Lead a round: every lock to release or take, and up to
         * GROUP_MAX objects (ours among them unless the queue is longer;
         * then we lead again afterwards). Without an indexer of our own
         * (index_unlock_sop), only the releases: the others' owners lead
         * the rest. */
        struct index_lock *unlocks = group.unlocks;
        struct group_request *locks = own ? group.locks : NULL;
        struct group_request *batch = own ? group.head : NULL, *last = batch;
        group.unlocks = NULL;
        if (own)
            group.locks = NULL;
        if (batch) {
            for (int n = 1; n < GROUP_MAX && last->next; n++)
                last = last->next;
            group.head = last->next;
            if (!group.head)
                group.tail = &group.head;
            last->next = NULL;
        }
        group.committing = 1;
        pthread_mutex_unlock(&group.lock);

        struct index *g = group_indexer(own);
        release_locks(g, unlocks);
        take_locks(g, locks);
        /* Without the group's connection, the caller's works as well,
         * only colder (and holds none of the SOP locks: lock_still_held). */
        if (batch)
            index_batch(g ? g : own, batch);

        pthread_mutex_lock(&group.lock);
        for (struct group_request *r = batch; r; r = r->next)
            r->done = 1; /* their owners read it only once we unlock */
        for (struct group_request *r = locks; r; r = r->next)
            r->done = 1;
        group.committing = 0;
        pthread_cond_broadcast(&group.finished);
    }
    pthread_mutex_unlock(&group.lock);
}

int index_object_grouped(struct index *ix, const struct ds *ds, const struct index_file *where,
                         struct index_lock *lk)
{
    struct group_request me = {GROUP_INDEX, prepare(ix, ds, where), lk, 0, 0, NULL};

    group_run(ix, &me);
    return me.rc;
}

int index_lock_sop(struct index *ix, const char *sop_uid, struct index_lock **out)
{
    struct index_lock *lk = calloc(1, sizeof *lk);
    struct timespec start, now;
    long delay_ms = 1;
    uint32_t h = 2166136261u; /* FNV-1a */
    int rc = 0;

    *out = NULL;
    if (!lk)
        return -ENOMEM;
    pthread_once(&sop_stripes_once, sop_stripes_init);
    for (const char *p = sop_uid; *p; p++)
        h = (h ^ (uint8_t)*p) * 16777619u;
    lk->stripe = &sop_stripes[h % SOP_STRIPES];
    lk->key = db_lock_key(LOCK_SPACE_SOP, sop_uid, strlen(sop_uid));
    pthread_mutex_lock(lk->stripe);
    if (db_backend(ix->db) == DB_SQLITE) {
        /* No lock between processes: BEGIN IMMEDIATE and check_same_file
         * make the second of two processes storing one instance fail. */
        *out = lk;
        return 0;
    }
    clock_gettime(CLOCK_MONOTONIC, &start);
    for (;;) {
        struct group_request r = {GROUP_LOCK, {NULL, NULL, NULL, 0}, lk, 0, 0, NULL};

        group_run(ix, &r);
        rc = r.rc;
        clock_gettime(CLOCK_MONOTONIC, &now);
        if (rc != DG_EDBBUSY ||
            (now.tv_sec - start.tv_sec) * 1000L + (now.tv_nsec - start.tv_nsec) / 1000000L >=
                DB_LOCK_WAIT_MS)
            break;
        /* Another process stores this instance: its store ends soon. */
        struct timespec ts = {0, delay_ms * 1000000L};
        nanosleep(&ts, NULL);
        if (delay_ms < LOCK_POLL_MAX_MS)
            delay_ms *= 2;
    }
    if (rc) {
        log_error("***SOP instance %s cannot be locked: %s%s", sop_uid, dg_strerror(rc),
                  rc == DG_EDBBUSY ? " (another process stores it for too long)" : "");
        pthread_mutex_unlock(lk->stripe);
        free(lk);
        return rc;
    }
    *out = lk;
    return 0;
}

void index_unlock_sop(struct index_lock *lk)
{
    if (!lk)
        return;
    pthread_mutex_unlock(lk->stripe);
    if (!lk->on_server) {
        free(lk);
        return;
    }
    /* Released by the next round; ours, when no round runs now. A store
     * of the instance in this process that takes it before that takes it
     * once more (the lock is re-entrant): the counts still match. */
    pthread_mutex_lock(&group.lock);
    lk->next = group.unlocks;
    group.unlocks = lk;
    pthread_mutex_unlock(&group.lock);
    group_run(NULL, NULL);
}

/* ---- where an indexed object is ---- */

struct found_object {
    char *device, *file;
    size_t devlen, filelen;
    int found;
};

static int take_object(void *arg, const struct db_value *cols, size_t ncols)
{
    struct found_object *f = arg;

    if (ncols == 2 && cols[0].kind == DB_TEXT && cols[0].len > 0 && cols[0].len < f->filelen &&
        cols[1].kind == DB_TEXT && cols[1].len > 0 && cols[1].len < f->devlen) {
        memcpy(f->file, cols[0].text, cols[0].len);
        f->file[cols[0].len] = '\0';
        memcpy(f->device, cols[1].text, cols[1].len);
        f->device[cols[1].len] = '\0';
        f->found = 1;
    }
    return 0;
}

int index_find_object(struct index *ix, const char *sop_uid, char *device, size_t devlen,
                      char *file, size_t filelen)
{
    struct db_value key = db_text(sop_uid, strlen(sop_uid));
    struct found_object f = {device, file, devlen, filelen, 0};
    char sql[SQL_LEN];
    int rc;

    rc =
        build_sql(sql, "SELECT %s, %s FROM %s WHERE %s = ?", TABLES_OBJECT_FILE, TABLES_DEVICE_NAME,
                  ix->s->tables[SCHEMA_IMAGE].table, key_col(ix, SCHEMA_IMAGE));
    if (rc == 0)
        rc = db_query(ix->db, sql, &key, 1, take_object, &f);
    return rc ? rc : f.found;
}

/* ---- removing an object (a deletion) ----
 * The image row goes, then every row above it that it leaves without a
 * child, in one transaction. The keys of the study, series and image are
 * locked as a store locks them (lock_keys), so that a store adding an image
 * to the series at the same moment either commits first (and the series
 * stays) or after (and writes the series row again: the rows it remembers
 * are forgotten, since another connection committed). The patient row has
 * no such lock (a store does not take one): a store of a new study of the
 * patient racing the removal of the patient's last one may find its patient
 * row gone, and the next store of the patient writes it again. */

#define UID_CAP 256

/* The rows above one image, as the links say. */
struct lineage {
    char series[UID_CAP], study[UID_CAP], patient[UID_CAP];
    char device[32], file[1024];
};

static int copy_value(const struct db_value *v, char *out, size_t cap)
{
    if (v->kind != DB_TEXT || v->len >= cap) {
        out[0] = '\0';
        return v->kind == DB_NULL ? 0 : DG_ETOOBIG;
    }
    memcpy(out, v->text, v->len);
    out[v->len] = '\0';
    return 0;
}

/* Read the links from the image up: 1 found (*l filled), 0 no image row. */
static int read_lineage(struct index *ix, const char *sop, struct lineage *l)
{
    struct db_value key = db_text(sop, strlen(sop));
    int rc = fetch(ix, ix->sql_check[SCHEMA_IMAGE], &key);

    if (rc || !ix->f.found)
        return rc;
    rc = copy_value(&ix->f.v[0], l->series, sizeof l->series);
    if (rc == 0 && ix->f.n >= 3)
        rc = copy_value(&ix->f.v[1], l->file, sizeof l->file);
    if (rc == 0 && ix->f.n >= 3)
        rc = copy_value(&ix->f.v[2], l->device, sizeof l->device);
    l->study[0] = l->patient[0] = '\0';
    if (rc == 0 && l->series[0]) {
        key = db_text(l->series, strlen(l->series));
        rc = fetch(ix, ix->sql_check[SCHEMA_SERIES], &key);
        if (rc == 0 && ix->f.found)
            rc = copy_value(&ix->f.v[0], l->study, sizeof l->study);
    }
    if (rc == 0 && l->study[0]) {
        key = db_text(l->study, strlen(l->study));
        rc = fetch(ix, ix->sql_check[SCHEMA_STUDY], &key);
        if (rc == 0 && ix->f.found)
            rc = copy_value(&ix->f.v[0], l->patient, sizeof l->patient);
    }
    return rc ? rc : 1;
}

/* DELETE the row of level lv keyed `key` when no row of the level below
 * links to it; *gone = 1 when it went. */
static int remove_if_childless(struct index *ix, int lv, const char *key, int *gone)
{
    char sql[SQL_LEN];
    struct db_value p[2] = {db_text(key, strlen(key)), db_text(key, strlen(key))};
    long changes = 0;
    int rc;

    *gone = 0;
    if (!key[0])
        return 0;
    rc =
        build_sql(sql, "DELETE FROM %s WHERE %s = ? AND NOT EXISTS (SELECT 1 FROM %s WHERE %s = ?)",
                  ix->s->tables[lv].table, key_col(ix, lv), ix->s->tables[lv + 1].table,
                  link_col(ix, lv + 1));
    if (rc == 0)
        rc = db_exec(ix->db, sql, p, 2, &changes);
    *gone = rc == 0 && changes > 0;
    return rc;
}

/* Every row kept per instance goes with it, in the same transaction: the
 * image row and its kept metadata (metadata.c). */
static int remove_instance_rows(struct index *ix, const char *sop)
{
    char sql[SQL_LEN];
    struct db_value key = db_text(sop, strlen(sop));
    int rc = build_sql(sql, "DELETE FROM %s WHERE %s = ?", ix->s->tables[SCHEMA_IMAGE].table,
                       key_col(ix, SCHEMA_IMAGE));

    if (rc == 0)
        rc = db_exec(ix->db, sql, &key, 1, NULL);
    return rc ? rc : metadata_remove(ix->db, sop);
}

static int remove_in_transaction(struct index *ix, const char *sop, const struct lineage *seen,
                                 struct lineage *l)
{
    uint64_t keys[3];
    size_t n = 0;
    int rc, gone = 0;

    keys[n++] = db_lock_key(ix->s->tables[SCHEMA_IMAGE].table, sop, strlen(sop));
    if (seen->series[0])
        keys[n++] =
            db_lock_key(ix->s->tables[SCHEMA_SERIES].table, seen->series, strlen(seen->series));
    if (seen->study[0])
        keys[n++] =
            db_lock_key(ix->s->tables[SCHEMA_STUDY].table, seen->study, strlen(seen->study));
    rc = lock_keys(ix, keys, n);
    if (rc == 0)
        rc = read_lineage(ix, sop, l);
    if (rc <= 0)
        return rc;
    /* A series or study removed and made again under another parent since
     * the look-up: its keys were not locked; try again. */
    if (strcmp(l->series, seen->series) != 0 || strcmp(l->study, seen->study) != 0)
        return DG_EDBBUSY;
    rc = remove_instance_rows(ix, sop);
    if (rc == 0)
        rc = remove_if_childless(ix, SCHEMA_SERIES, l->series, &gone);
    if (rc != 0 || !gone)
        return rc ? rc : 1;
    rc = remove_if_childless(ix, SCHEMA_STUDY, l->study, &gone);
    if (rc == 0 && gone)
        rc = remove_if_childless(ix, SCHEMA_PATIENT, l->patient, &gone);
    else if (rc == 0 && l->study[0] && ix->modal_col && ix->series_modality) {
        /* The study keeps other series: its modalities are theirs. */
        struct db_value study = db_text(l->study, strlen(l->study));
        rc = rebuild_modalities(ix, &study);
    }
    return rc ? rc : 1;
}

int index_keep_metadata(struct index *ix, const char *sop_uid, const struct ds *ds,
                        const struct buf *kept)
{
    struct index_lock *lk = NULL;
    int rc = index_lock_sop(ix, sop_uid, &lk);

    for (int attempt = 0; rc == 0 && attempt < RETRIES; attempt++) {
        struct lineage l;
        rc = db_begin(ix->db);
        if (rc == 0)
            rc = read_lineage(ix, sop_uid, &l);
        if (rc == 1) {
            rc = metadata_write_kept(ix->db, ix->sql_metadata, ds, kept, 0);
            if (rc == 0)
                rc = 1;
        }
        if (rc >= 0) {
            int found = rc;
            rc = db_commit(ix->db);
            if (rc == 0)
                rc = found;
        }
        if (rc >= 0 || !retry_after(ix, rc, attempt))
            break;
        rc = 0;
    }
    index_unlock_sop(lk);
    return rc;
}

int index_remove_object(struct index *ix, const char *sop_uid, char *device, size_t devlen,
                        char *file, size_t filelen)
{
    int rc = 0;

    for (int attempt = 0; attempt < RETRIES; attempt++) {
        struct lineage seen, now;

        /* The links, read before the transaction: its locks need them,
         * and on MySQL the reads after the locks must be its first. */
        rc = read_lineage(ix, sop_uid, &seen);
        if (rc <= 0)
            break;
        rc = db_begin(ix->db);
        if (rc == 0)
            rc = remove_in_transaction(ix, sop_uid, &seen, &now);
        if (rc >= 0) {
            int found = rc;
            rc = db_commit(ix->db);
            if (rc == 0)
                rc = found;
        }
        if (rc >= 0) {
            index_forget(ix);
            if (rc == 1 && (strlen(now.device) >= devlen || strlen(now.file) >= filelen))
                return DG_ETOOBIG;
            if (rc == 1) {
                strcpy(device, now.device);
                strcpy(file, now.file);
            }
            return rc;
        }
        if (!retry_after(ix, rc, attempt))
            break;
    }
    if (rc < 0)
        log_error("***Error deleting %s from SQL: %s (%s)", sop_uid, dg_strerror(rc),
                  db_error(ix->db));
    return rc;
}
