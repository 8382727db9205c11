/* C-FIND in the index; see query.h. The plan: each key of the identifier
 * is looked up in dicom.sql at the query level, then at each level above
 * (a STUDY query finds PatientName in DICOMStudies' own copy, an IMAGE
 * query finds it in DICOMStudies through DICOMSeries); the tables from the
 * query level up to the highest one a key needs are joined by their link
 * columns; every key with a value adds the SQL conditions of its matcher
 * (a superset) and is tested again on each row (match.h), so that the
 * answer is the same on every backend. Not the DIMSE side: no statuses. */
#include "core/query.h"

#include "core/match.h"
#include "dicom/charset.h"
#include "dicom/dict.h"
#include "util/buf.h"
#include "util/error.h"
#include "util/log.h"
#include "util/str.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define LEVELS 4                        /* Patient .. Image */
#define MAX_SELECT 200                  /* columns of one SELECT */
#define PAGE_MAX (16u << 20)            /* the bytes of one page of rows */
#define VALUE_MAX (1u << 20)            /* one value of the identifier, converted */
#define ROW_SCRATCH (8u << 20)          /* one row's values made UTF-8 */
#define IDENT (2 * SCHEMA_NAME_MAX + 2) /* "Table.Column" */
#define MAX_PARAMS 8192                 /* bound values of one SELECT */
#define MAX_TERMS 100000                /* values of every list of one query */
#define WORKLIST_MAX_ROWS 100000        /* rows of the one read of a worklist query */

enum key_kind {
    K_COLUMN,   /* a column of dicom.sql */
    K_COUNT,    /* a Number of ... Related count */
    K_CONST,    /* RetrieveAETitle, InstanceAvailability */
    K_LEVEL,    /* QueryRetrieveLevel: echoed */
    K_CHARSET,  /* SpecificCharacterSet: ISO_IR 192 when the answer needs it */
    K_EMPTY,    /* not in the index: zero length */
    K_SEQUENCE, /* a sequence: answered with no items */
    K_ITEM,     /* worklist: a sequence answered with one item, holding the keys after it */
};

struct key {
    uint32_t tag;
    int parent; /* the K_ITEM key whose item holds it, or -1 (the top level) */
    enum vr vr; /* of the answer */
    enum key_kind kind;
    struct qr_match *match; /* NULL: no value, or universal */
    int col;                /* K_COLUMN: its SELECT column; K_COUNT: the counted parent's key */
    int count;              /* K_COUNT: index into counts[] */
    const char *constant;   /* K_CONST */
};

/* The computed counts (0020,xxxx): of a parent level, the rows of a level below. */
static const struct {
    uint16_t element;
    enum schema_level of, counted;
} counts[] = {
    {0x1200, SCHEMA_PATIENT, SCHEMA_STUDY}, {0x1202, SCHEMA_PATIENT, SCHEMA_SERIES},
    {0x1204, SCHEMA_PATIENT, SCHEMA_IMAGE}, {0x1206, SCHEMA_STUDY, SCHEMA_SERIES},
    {0x1208, SCHEMA_STUDY, SCHEMA_IMAGE},   {0x1209, SCHEMA_SERIES, SCHEMA_IMAGE},
};
#define NCOUNTS (sizeof counts / sizeof counts[0])

struct select_col {
    char name[IDENT];
    enum schema_level level;
    const struct schema_column *sc;
};

/* A count's own SELECT COUNT(*): its tables, joins and the parent's key. */
struct count_query {
    int used;
    const char *tables[LEVELS];
    size_t ntables;
    char join_from[LEVELS][IDENT], join_to[LEVELS][IDENT];
    struct db_value join_val[LEVELS];
    char parent_link[IDENT];
    struct db_cond where[LEVELS + 1];
    size_t nwhere;
    struct db_value param;
};

/* One value of the current row, as UTF-8. */
struct cell {
    const char *p;
    size_t len;
    int null;
};

struct qr_query {
    const struct schema *s;
    enum schema_level level;
    int top; /* the highest level joined (SCHEMA_PATIENT is the highest) */
    int unsupported;
    size_t nterms; /* the values of every key's list, bounded */
    char retrieve_ae[17];
    struct key *keys;
    size_t nkeys, capkeys;
    struct select_col cols[MAX_SELECT];
    const char *colnames[MAX_SELECT];
    size_t ncols;
    const char *tables[LEVELS];
    size_t ntables;
    char join_from[LEVELS][IDENT], join_to[LEVELS][IDENT];
    struct db_value join_val[LEVELS];
    struct db_cond *where; /* joins, the matchers' conditions, the keyset condition */
    size_t nwhere, capwhere;
    struct count_query cq[NCOUNTS];
    /* Running. */
    struct db_value last; /* the last key of the previous page */
    struct buf last_key;
    struct buf page; /* the rows of one page: per column a u32 length (or NULL) and bytes */
    size_t *row_off;
    size_t nrows, caprows, max_rows;
    int page_full;
    struct buf scratch; /* the current row's values, UTF-8 */
    struct cell cells[MAX_SELECT];
    char count_text[NCOUNTS][24];
    int count_null[NCOUNTS];
    struct ds *rsp;
    struct cs_spec plain; /* the default repertoire: how stored text is read */
    /* The worklist's answers: in the set WorkListReturnsISO_IR names. */
    int fixed_charset;
    struct cs_spec answer_cs;
    char answer_scs[16]; /* "ISO_IR 100" */
    struct buf encoded;  /* one value in that set */
};

/* ---- levels ---- */

static const char *const level_names[LEVELS] = {"PATIENT", "STUDY", "SERIES", "IMAGE"};

int qr_level_from_name(const char *name, enum schema_level *out)
{
    size_t len = strlen(name);

    while (len > 0 && (name[len - 1] == ' ' || name[len - 1] == '\0'))
        len--;
    for (int i = 0; i < LEVELS; i++) {
        if (strlen(level_names[i]) == len && memcmp(level_names[i], name, len) == 0) {
            *out = (enum schema_level)i;
            return 0;
        }
    }
    return DG_ENOTFOUND;
}

const char *qr_level_name(enum schema_level level)
{
    return (unsigned)level < LEVELS ? level_names[level] : "?";
}

/* ---- planning ---- */

static const char *key_column(const struct schema *s, int lv)
{
    return s->tables[lv].columns[0].column;
}

static const char *link_column(const struct schema *s, int lv)
{
    const struct schema_table *t = &s->tables[lv];
    return t->columns[t->ncolumns - 1].column;
}

static int qualify(char *out, const struct schema *s, int lv, const char *column)
{
    int n = snprintf(out, IDENT, "%s.%s", s->tables[lv].table, column);
    return n < 0 || n >= IDENT ? DG_ETOOBIG : 0;
}

/* The column holding (group,element) at the query level or the nearest
 * level above, or NULL. */
static const struct schema_column *find_column(const struct qr_query *q, uint32_t tag,
                                               enum schema_level *lv)
{
    /* The worklist is one table, with no level above it. */
    int last = q->level == SCHEMA_WORKLIST ? SCHEMA_WORKLIST : SCHEMA_PATIENT;

    for (int l = (int)q->level; l >= last; l--) {
        const struct schema_column *c =
            schema_find(q->s, (enum schema_level)l, DICT_GROUP(tag), DICT_ELEMENT(tag));
        if (c && schema_is_column(c)) {
            *lv = (enum schema_level)l;
            return c;
        }
    }
    return NULL;
}

/* The SELECT column for a schema column, added once. */
static int select_column(struct qr_query *q, enum schema_level lv, const struct schema_column *c)
{
    for (size_t i = 0; i < q->ncols; i++)
        if (q->cols[i].sc == c && q->cols[i].level == lv)
            return (int)i;
    if (q->ncols == MAX_SELECT)
        return DG_ETOOBIG;
    struct select_col *sc = &q->cols[q->ncols];
    int rc = qualify(sc->name, q->s, lv, c->column);
    if (rc)
        return rc;
    sc->level = lv;
    sc->sc = c;
    q->colnames[q->ncols] = sc->name;
    if ((int)lv < q->top)
        q->top = lv;
    return (int)q->ncols++;
}

static int vr_in(enum vr vr, const enum vr *set, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (set[i] == vr)
            return 1;
    return 0;
}

static struct qr_rules rules_for(uint32_t tag, enum vr vr, const struct schema_column *c)
{
    static const enum vr padded[] = {VR_AE, VR_CS, VR_DS, VR_IS, VR_LO, VR_SH, VR_PN};
    static const enum vr dates[] = {VR_DA, VR_TM, VR_DT};
    const struct dict_entry *d = dict_find(tag);
    struct qr_rules r = {0};

    r.pn = vr == VR_PN;
    r.fold = vr == VR_PN || (c && c->dicom_type == SCHEMA_DT_ISTR);
    r.trim_lead = vr_in(vr, padded, sizeof padded / sizeof padded[0]);
    r.list = vr == VR_UI || (d && strcmp(d->vm, "1") != 0);
    r.multi = c && c->dicom_type == SCHEMA_DT_MSTR;
    r.dates = vr_in(vr, dates, sizeof dates / sizeof dates[0]) ||
              (c && (c->dicom_type == SCHEMA_DT_DATE || c->dicom_type == SCHEMA_DT_TIME));
    r.column_length = c ? (c->sql_type == SCHEMA_SQL_DATE ? 8 : c->length) : 0;
    return r;
}

static int needs_conversion(const uint8_t *p, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (p[i] >= 0x80 || p[i] == 0x1B)
            return 1;
    return 0;
}

/* The value of a request element as text to match: strings in UTF-8,
 * binary numbers as the index writes them. *has is 0 for no value. */
static int key_value(const struct ds *id, const struct ds_elem *e, const struct cs_spec *spec,
                     struct buf *out, int *has)
{
    char text[64];
    int n = -1;

    *has = 0;
    buf_reset(out);
    if (e->len == 0 || !e->value)
        return 0;
    if (vr_is_string((enum vr)e->vr)) {
        if (!needs_conversion(e->value, e->len)) {
            *has = 1;
            return buf_append(out, e->value, e->len);
        }
        struct cs_conv *cv = cs_thread_conv();
        if (!cv)
            return -ENOMEM;
        int rc = cs_to_utf8(cv, spec, cs_kind_for_vr(vr_name((enum vr)e->vr)), e->value, e->len,
                            out, NULL);
        *has = rc == 0;
        return rc == DG_ETOOBIG ? DG_EPARSE : rc;
    }
    /* A binary number whose length is not a whole number of values is
     * malformed, not a value to guess at. */
    size_t size = vr_number_size((enum vr)e->vr);
    if (size && e->len % size != 0)
        return DG_EPARSE;
    uint16_t u16;
    uint32_t u32;
    int16_t i16;
    int32_t i32;
    float f32;
    double f64;
    int rc = DG_EPARSE;
    switch (e->vr) {
    case VR_US:
        rc = ds_get_u16(id, e->tag, 0, &u16);
        n = rc ? -1 : snprintf(text, sizeof text, "%u", (unsigned)u16);
        break;
    case VR_UL:
        rc = ds_get_u32(id, e->tag, 0, &u32);
        n = rc ? -1 : snprintf(text, sizeof text, "%lu", (unsigned long)u32);
        break;
    case VR_SS:
        rc = ds_get_i16(id, e->tag, 0, &i16);
        n = rc ? -1 : snprintf(text, sizeof text, "%d", (int)i16);
        break;
    case VR_SL:
        rc = ds_get_i32(id, e->tag, 0, &i32);
        n = rc ? -1 : snprintf(text, sizeof text, "%ld", (long)i32);
        break;
    case VR_FL:
        rc = ds_get_f32(id, e->tag, 0, &f32);
        n = rc ? -1 : snprintf(text, sizeof text, "%g", (double)f32);
        break;
    case VR_FD:
        rc = ds_get_f64(id, e->tag, 0, &f64);
        n = rc ? -1 : snprintf(text, sizeof text, "%g", f64);
        break;
    default:
        return 0; /* OB, UN ...: nothing we could match */
    }
    if (rc)
        return DG_EPARSE;
    *has = 1;
    return buf_append(out, text, (size_t)n);
}

/* 1 when a sequence key asks for matching (an item holds a value). */
static int sequence_has_values(const struct ds_elem *e)
{
    for (uint32_t i = 0; i < e->nitems; i++) {
        const struct ds *item = e->items[i];
        for (size_t k = 0; k < ds_count(item); k++) {
            const struct ds_elem *x = ds_at(item, k);
            if (x->vr == VR_SQ ? sequence_has_values(x) : x->len > 0)
                return 1;
        }
    }
    return 0;
}

static int add_where(struct qr_query *q, const struct db_cond *c)
{
    struct db_cond *where = buf_grow_array(q->where, &q->capwhere, q->nwhere, sizeof *where, 16);

    if (!where)
        return -ENOMEM;
    q->where = where;
    where[q->nwhere++] = *c;
    return 0;
}

/* A count's SELECT COUNT(*) FROM counted..of+1 WHERE joins AND
 * <of+1>.link = ?. */
static int plan_count(struct qr_query *q, size_t i)
{
    struct count_query *c = &q->cq[i];
    int of = counts[i].of, lv = counts[i].counted;
    int rc = 0;

    if (c->used)
        return 0;
    memset(c, 0, sizeof *c);
    c->used = 1;
    for (int l = lv; l > of; l--)
        c->tables[c->ntables++] = q->s->tables[l].table;
    for (int l = lv; l > of + 1 && rc == 0; l--) {
        size_t j = c->nwhere;
        rc = qualify(c->join_from[j], q->s, l, link_column(q->s, l));
        if (rc == 0)
            rc = qualify(c->join_to[j], q->s, l - 1, key_column(q->s, l - 1));
        c->join_val[j] = db_text(c->join_to[j], strlen(c->join_to[j]));
        c->where[c->nwhere++] =
            (struct db_cond){c->join_from[j], DB_OP_JOIN, &c->join_val[j], 1, 0, 0, 0};
    }
    if (rc == 0)
        rc = qualify(c->parent_link, q->s, of + 1, link_column(q->s, of + 1));
    c->where[c->nwhere++] = (struct db_cond){c->parent_link, DB_OP_EQ, &c->param, 1, 0, 0, 0};
    return rc;
}

/* A new key at the end of q->keys, in *at. */
static int add_key(struct qr_query *q, uint32_t tag, enum vr vr, int parent, size_t *at)
{
    if (q->nkeys == QR_MAX_KEYS)
        return DG_ETOOBIG;
    struct key *keys = buf_grow_array(q->keys, &q->capkeys, q->nkeys, sizeof *keys, 32);
    if (!keys)
        return -ENOMEM;
    q->keys = keys;
    struct key *k = &keys[q->nkeys];
    memset(k, 0, sizeof *k);
    k->tag = tag;
    k->vr = vr;
    k->parent = parent;
    *at = q->nkeys++;
    return 0;
}

static int plan_key(struct qr_query *q, const struct ds *id, const struct ds_elem *e,
                    const struct cs_spec *spec, struct buf *val, int parent);

/* The worklist table's entries between the sequence marks of tag, in
 * [*from, *to); 0 when dicom.sql marks no such sequence. */
static int marked_sequence(const struct schema *s, uint32_t tag, size_t *from, size_t *to)
{
    const struct schema_table *t = &s->tables[SCHEMA_WORKLIST];

    for (size_t i = 0; i < t->ncolumns; i++) {
        const struct schema_column *c = &t->columns[i];
        if (c->dicom_type != SCHEMA_DT_STARTSEQUENCE || DICT_TAG(c->group, c->element) != tag)
            continue;
        for (size_t j = i + 1; j < t->ncolumns; j++) {
            const struct schema_column *end = &t->columns[j];
            if (end->dicom_type == SCHEMA_DT_ENDSEQUENCE &&
                DICT_TAG(end->group, end->element) == tag) {
                *from = i + 1;
                *to = j;
                return 1;
            }
        }
    }
    return 0;
}

/* A worklist sequence key (Scheduled Procedure Step, (0040,0100)): answered
 * with one item holding the keys of the query's item, each found in the
 * table by its tag; an empty item, or none, asks for every column dicom.sql
 * marks as the sequence's; a sequence it does not mark, asked for with no
 * keys, is answered with no items (Conquest's empty Referenced Study
 * Sequence). */
static int plan_item(struct qr_query *q, const struct ds_elem *e, const struct cs_spec *spec,
                     struct buf *val)
{
    const struct ds *item = e->nitems ? e->items[0] : NULL;
    size_t at, from, to;
    int rc = add_key(q, e->tag, VR_SQ, -1, &at);

    if (rc)
        return rc;
    q->keys[at].kind = K_ITEM;
    if (e->nitems > 1)
        q->unsupported = 1; /* one item is all a query may have (PS3.4 C.2.2.2.6) */
    if (item && ds_count(item) > 0) {
        for (size_t i = 0; i < ds_count(item) && rc == 0; i++) {
            const struct ds_elem *x = ds_at(item, i);
            if (DICT_ELEMENT(x->tag) == 0 || (DICT_GROUP(x->tag) & 1))
                continue;
            rc = plan_key(q, item, x, spec, val, (int)at);
        }
        return rc;
    }
    if (!marked_sequence(q->s, e->tag, &from, &to)) {
        q->keys[at].kind = K_SEQUENCE;
        return 0;
    }
    const struct schema_table *t = &q->s->tables[SCHEMA_WORKLIST];
    for (size_t i = from; i < to && rc == 0; i++) {
        const struct schema_column *c = &t->columns[i];
        uint32_t tag = DICT_TAG(c->group, c->element);
        size_t k;
        if (!schema_is_column(c))
            continue;
        rc = add_key(q, tag, dict_vr(tag) == VR_UN ? VR_LO : dict_vr(tag), (int)at, &k);
        if (rc == 0)
            rc = select_column(q, SCHEMA_WORKLIST, c);
        if (rc >= 0) {
            q->keys[k].kind = K_COLUMN;
            q->keys[k].col = rc;
            rc = 0;
        }
    }
    return rc;
}

/* Decide what one request element is, and add it to q->keys (a key of the
 * item of key `parent`, or of the top level when it is -1). */
static int plan_key(struct qr_query *q, const struct ds *id, const struct ds_elem *e,
                    const struct cs_spec *spec, struct buf *val, int parent)
{
    enum schema_level lv;
    const struct schema_column *c = NULL;
    enum vr vr = (enum vr)e->vr;
    int worklist = q->level == SCHEMA_WORKLIST;
    int has = 0, rc;
    size_t at;

    if (vr == VR_UN && dict_vr(e->tag) != VR_UN)
        vr = dict_vr(e->tag);
    if (e->vr == VR_SQ && worklist && parent < 0)
        return plan_item(q, e, spec, val);
    rc = add_key(q, e->tag, vr, parent, &at);
    if (rc)
        return rc;
    struct key *k = &q->keys[at];
    if (e->tag == DICT_TAG(0x0008, 0x0005) && parent < 0) {
        k->kind = K_CHARSET;
        return 0;
    }
    if (e->tag == DICT_TAG(0x0008, 0x0052) && !worklist) {
        k->kind = K_LEVEL;
        return 0;
    }
    if (e->vr == VR_SQ) {
        k->kind = K_SEQUENCE;
        if (sequence_has_values(e))
            q->unsupported = 1;
        return 0;
    }
    rc = key_value(id, e, spec, val, &has);
    if (rc)
        return rc;
    if (worklist) {
        c = find_column(q, e->tag, &lv);
        k->kind = c ? K_COLUMN : K_EMPTY;
    } else if (e->tag == DICT_TAG(0x0008, 0x0054) || e->tag == DICT_TAG(0x0008, 0x0056)) {
        k->kind = K_CONST;
        k->constant = e->tag == DICT_TAG(0x0008, 0x0054) ? q->retrieve_ae : "ONLINE";
    } else if (DICT_GROUP(e->tag) == 0x0020 && DICT_ELEMENT(e->tag) >= 0x1200 &&
               DICT_ELEMENT(e->tag) <= 0x1209) {
        k->kind = K_EMPTY;
        for (size_t i = 0; i < NCOUNTS; i++) {
            if (counts[i].element != DICT_ELEMENT(e->tag) || counts[i].of > q->level)
                continue;
            /* The parent's key, found the way any key is. */
            const struct schema_column *pk = &q->s->tables[counts[i].of].columns[0];
            const struct schema_column *kc = find_column(q, DICT_TAG(pk->group, pk->element), &lv);
            if (!kc)
                break;
            rc = select_column(q, lv, kc);
            if (rc < 0)
                return rc;
            k->kind = K_COUNT;
            k->col = rc;
            k->count = (int)i;
            rc = plan_count(q, i);
            if (rc)
                return rc;
            break;
        }
    } else {
        c = find_column(q, e->tag, &lv);
        k->kind = c ? K_COLUMN : K_EMPTY;
    }
    if (k->kind == K_COLUMN) {
        rc = select_column(q, lv, c);
        if (rc < 0)
            return rc;
        k->col = rc;
    }
    if (!has)
        return 0;
    struct qr_rules r = rules_for(e->tag, k->vr, c);
    if (k->kind == K_COUNT || k->kind == K_CONST)
        r.trim_lead = 1; /* IS and AE */
    rc = qr_match_parse((const char *)val->data, val->len, &r, &k->match);
    if (rc)
        return rc;
    q->nterms += qr_match_terms(k->match);
    if (q->nterms > MAX_TERMS)
        return DG_ETOOBIG;
    if (qr_match_universal(k->match)) {
        qr_match_free(k->match);
        k->match = NULL;
        return 0;
    }
    if (k->kind == K_EMPTY) {
        q->unsupported = 1; /* matching asked for on what we do not hold */
        qr_match_free(k->match);
        k->match = NULL;
    }
    return 0;
}

static int plan(const struct schema *schema, const struct ds *id, enum schema_level level,
                const char *retrieve_ae, int iso_ir, struct qr_query **out)
{
    struct qr_query *q;
    struct buf val;
    struct cs_spec spec;
    const struct ds_elem *scs = ds_find(id, DICT_TAG(0x0008, 0x0005));
    size_t n = ds_count(id);
    int rc = 0;

    *out = NULL;
    if (n > QR_MAX_KEYS)
        return DG_ETOOBIG;
    if (cs_spec_parse(scs && scs->value ? scs->value : (const uint8_t *)"",
                      scs && scs->value ? scs->len : 0, &spec) != 0) {
        log_warn("query: unknown Specific Character Set '%.*s'; read as the default repertoire",
                 (int)(scs->len < 64 ? scs->len : 64), (const char *)scs->value);
        cs_spec_parse((const uint8_t *)"", 0, &spec);
    }
    q = calloc(1, sizeof *q);
    if (!q)
        return -ENOMEM;
    q->s = schema;
    q->level = level;
    q->top = level;
    str_copy(q->retrieve_ae, retrieve_ae, sizeof q->retrieve_ae);
    cs_spec_parse((const uint8_t *)"", 0, &q->plain);
    buf_init(&q->last_key, 64 * 1024);
    buf_init(&q->page, PAGE_MAX);
    buf_init(&q->scratch, ROW_SCRATCH);
    buf_init(&q->encoded, VALUE_MAX);
    buf_init(&val, VALUE_MAX);
    q->max_rows = level == SCHEMA_WORKLIST ? WORKLIST_MAX_ROWS : QR_PAGE_ROWS;
    q->rsp = ds_new();
    if (!q->rsp) {
        rc = -ENOMEM;
        goto fail;
    }
    if (iso_ir) {
        int len = snprintf(q->answer_scs, sizeof q->answer_scs, "ISO_IR %d", iso_ir);
        q->fixed_charset = 1;
        if (len < 0 || (size_t)len >= sizeof q->answer_scs ||
            cs_spec_parse((const uint8_t *)q->answer_scs, (size_t)len, &q->answer_cs) != 0) {
            rc = DG_ECHARSET;
            goto fail;
        }
    }
    /* Column 0 is the level's key: the order of the pages (the worklist's
     * first column, which may follow a sequence mark, orders its one read). */
    const struct schema_table *t = &schema->tables[level];
    size_t first = 0;
    while (first < t->ncolumns && !schema_is_column(&t->columns[first]))
        first++;
    if (first == t->ncolumns) {
        rc = DG_EUNSUPPORTED; /* a dicom.sql without worklist columns */
        goto fail;
    }
    rc = select_column(q, level, &t->columns[first]);
    if (rc < 0)
        goto fail;
    rc = 0;
    for (size_t i = 0; i < n && rc == 0; i++) {
        const struct ds_elem *e = ds_at(id, i);
        /* Group lengths, the command and meta groups and private elements
         * are not keys. */
        if (DICT_ELEMENT(e->tag) == 0 || DICT_GROUP(e->tag) <= 0x0002 || (DICT_GROUP(e->tag) & 1))
            continue;
        rc = plan_key(q, id, e, &spec, &val, -1);
    }
    if (rc)
        goto fail;
    /* FROM the level and every level up to the highest one used, joined by
     * their links: DICOMImages.SeriesInst = DICOMSeries.SeriesInst ... */
    for (int l = (int)level; l >= q->top; l--)
        q->tables[q->ntables++] = schema->tables[l].table;
    for (int l = (int)level; l > q->top && rc == 0; l--) {
        size_t j = (size_t)(level - l);
        rc = qualify(q->join_from[j], schema, l, link_column(schema, l));
        if (rc == 0)
            rc = qualify(q->join_to[j], schema, l - 1, key_column(schema, l - 1));
        q->join_val[j] = db_text(q->join_to[j], strlen(q->join_to[j]));
        if (rc == 0)
            rc = add_where(
                q, &(struct db_cond){q->join_from[j], DB_OP_JOIN, &q->join_val[j], 1, 0, 0, 0});
    }
    /* The matchers' conditions, as long as the statement stays within
     * every backend's limits: a key left out of the SQL is still tested on
     * each row, so the answer is the same, only slower to find. */
    size_t nparams = 0;
    for (size_t i = 0; i < q->nkeys && rc == 0; i++) {
        const struct db_cond *conds;
        size_t nc, nv = 0;
        if (q->keys[i].kind != K_COLUMN || !q->keys[i].match)
            continue;
        qr_match_conds(q->keys[i].match, q->cols[q->keys[i].col].name, &conds, &nc);
        for (size_t j = 0; j < nc; j++)
            nv += conds[j].nvalues;
        if (nparams + nv > MAX_PARAMS)
            continue;
        nparams += nv;
        for (size_t j = 0; j < nc && rc == 0; j++)
            rc = add_where(q, &conds[j]);
    }
    /* Last, the keyset condition of every page after the first (qr_run);
     * the worklist is read at once (it has no key to page on). */
    if (rc == 0 && level != SCHEMA_WORKLIST)
        rc = add_where(q, &(struct db_cond){q->cols[0].name, DB_OP_GT, &q->last, 1, 0, 0, 0});
    if (rc)
        goto fail;
    buf_free(&val);
    *out = q;
    return 0;
fail:
    buf_free(&val);
    qr_free(q);
    return rc;
}

int qr_plan(const struct schema *schema, const struct ds *id, enum schema_level level,
            const char *retrieve_ae, struct qr_query **out)
{
    *out = NULL;
    if ((unsigned)level >= LEVELS)
        return DG_EPARSE;
    return plan(schema, id, level, retrieve_ae, 0, out);
}

int qr_plan_worklist(const struct schema *schema, const struct ds *id, int iso_ir,
                     struct qr_query **out)
{
    return plan(schema, id, SCHEMA_WORKLIST, "", iso_ir, out);
}

void qr_free(struct qr_query *q)
{
    if (!q)
        return;
    for (size_t i = 0; i < q->nkeys; i++)
        qr_match_free(q->keys[i].match);
    free(q->keys);
    free(q->where);
    buf_free(&q->last_key);
    buf_free(&q->page);
    buf_free(&q->scratch);
    buf_free(&q->encoded);
    free(q->row_off);
    ds_free(q->rsp);
    free(q);
}

int qr_unsupported_keys(const struct qr_query *q)
{
    return q->unsupported;
}

void qr_describe(const struct qr_query *q, char *out, size_t outlen)
{
    size_t n = 0;
    char value[256];

    if (outlen == 0)
        return;
    out[0] = '\0';
    for (size_t i = 0; i < q->nkeys && n + 1 < outlen; i++) {
        if (!q->keys[i].match)
            continue;
        qr_match_describe(q->keys[i].match, value, sizeof value);
        int w = snprintf(out + n, outlen - n, "%s%s=%s", n ? " " : "", dict_keyword(q->keys[i].tag),
                         value);
        if (w < 0 || (size_t)w >= outlen - n) {
            /* Cut: end with "..." where it fits. */
            if (outlen > 4)
                memcpy(out + outlen - 4, "...", 4);
            return;
        }
        n += (size_t)w;
    }
    if (n == 0)
        snprintf(out, outlen, "(all)");
}

/* ---- running ---- */

/* A row into the page: per column a u32 length (UINT32_MAX for NULL) and
 * the bytes. A full page buffer ends the page early (1); the next page
 * starts after the last row kept. */
static int take_row(void *ctx, const struct db_value *cols, size_t ncols)
{
    struct qr_query *q = ctx;
    size_t start = q->page.len;
    int rc = 0;

    if (ncols != q->ncols)
        return DG_EDB;
    if (q->nrows == q->max_rows)
        return DG_ETOOBIG; /* only the worklist's one read can get here */
    size_t *row_off =
        buf_grow_array(q->row_off, &q->caprows, q->nrows, sizeof *row_off, QR_PAGE_ROWS);
    if (!row_off)
        return -ENOMEM;
    q->row_off = row_off;
    for (size_t i = 0; i < ncols && rc == 0; i++) {
        uint32_t len = cols[i].kind == DB_TEXT ? (uint32_t)cols[i].len : UINT32_MAX;
        if (cols[i].kind == DB_TEXT && cols[i].len >= UINT32_MAX)
            return DG_ETOOBIG;
        rc = buf_append(&q->page, &len, sizeof len);
        if (rc == 0 && len != UINT32_MAX)
            rc = buf_append(&q->page, cols[i].text, cols[i].len);
    }
    if (rc == DG_ETOOBIG && q->nrows > 0) {
        q->page.len = start;
        q->page_full = 1;
        return 1;
    }
    if (rc)
        return rc;
    q->row_off[q->nrows++] = start;
    return 0;
}

/* Read row r of the page into q->cells, each value made UTF-8 (values
 * written by Conquest itself may be Latin-1). */
static int load_row(struct qr_query *q, size_t r)
{
    const uint8_t *p = q->page.data + q->row_off[r];
    int rc;

    buf_reset(&q->scratch);
    /* First the offsets (the scratch buffer may move while it grows). */
    size_t offs[MAX_SELECT];
    for (size_t i = 0; i < q->ncols; i++) {
        uint32_t len;
        memcpy(&len, p, sizeof len);
        p += sizeof len;
        q->cells[i].null = len == UINT32_MAX;
        if (q->cells[i].null) {
            q->cells[i].len = 0;
            continue;
        }
        offs[i] = q->scratch.len;
        if (needs_conversion(p, len)) {
            struct cs_conv *cv = cs_thread_conv();
            rc = cv ? cs_to_utf8(cv, &q->plain, CS_STRING, p, len, &q->scratch, NULL) : -ENOMEM;
        } else {
            rc = buf_append(&q->scratch, p, len);
        }
        if (rc)
            return rc;
        q->cells[i].len = q->scratch.len - offs[i];
        p += len;
    }
    for (size_t i = 0; i < q->ncols; i++)
        q->cells[i].p = q->cells[i].null ? NULL : (const char *)q->scratch.data + offs[i];
    return 0;
}

static int count_of(struct qr_query *q, struct db *db, int i, const struct cell *parent)
{
    struct count_query *c = &q->cq[i];
    struct db_select sel = {c->tables, c->ntables, NULL, 0, c->where, c->nwhere, NULL, 0, 0};
    long long n;
    int rc;

    q->count_null[i] = 1;
    if (parent->null)
        return 0;
    c->param = db_text(parent->p, parent->len);
    rc = db_count(db, &sel, &n);
    if (rc)
        return rc;
    snprintf(q->count_text[i], sizeof q->count_text[i], "%lld", n);
    q->count_null[i] = 0;
    return 0;
}

static int has_high_bytes(const char *p, size_t len)
{
    return needs_conversion((const uint8_t *)p, len);
}

/* A text value as the answer's element of VR vr. */
static int set_value(struct ds *ds, uint32_t tag, enum vr vr, const char *p, size_t len)
{
    if (len == 0 || !p || vr_is_string(vr))
        return ds_set(ds, tag, vr, p, p ? len : 0);
    /* OB, UN ..., or a number that is none: nothing we could say. */
    if (ds_set_number_text(ds, tag, vr, p, len) != 0)
        return ds_set(ds, tag, vr, NULL, 0);
    return 0;
}

/* A string value into the answer: UTF-8 as the index holds it, or in the
 * worklist's set (DG_ECHARSET when the set lacks one of its characters). */
static int put_text(struct qr_query *q, struct ds *ds, const struct key *k, const char *p,
                    size_t len, int convert)
{
    if (!convert || !p || !vr_is_string(k->vr) || !has_high_bytes(p, len))
        return set_value(ds, k->tag, k->vr, p, len);
    struct cs_conv *cv = cs_thread_conv();
    if (!cv)
        return -ENOMEM;
    buf_reset(&q->encoded);
    int rc = cs_from_utf8(cv, &q->answer_cs, cs_kind_for_vr(vr_name(k->vr)), (const uint8_t *)p,
                          len, &q->encoded);
    if (rc)
        return rc;
    return ds_set(ds, k->tag, k->vr, q->encoded.data, q->encoded.len);
}

/* The answer of the current row: the requested keys in their places (a
 * worklist item's keys in its item), then Specific Character Set. With
 * in_set, text goes in the worklist's set, else in UTF-8. */
static int build_answer(struct qr_query *q, int in_set)
{
    int rc = 0, non_ascii = 0, want_charset = 0;
    struct ds *to = q->rsp;

    ds_clear(q->rsp);
    for (size_t i = 0; i < q->nkeys && rc == 0; i++) {
        const struct key *k = &q->keys[i];
        const char *p = NULL;
        size_t len = 0;
        if (k->parent < 0)
            to = q->rsp;
        switch (k->kind) {
        case K_COLUMN:
            p = q->cells[k->col].p;
            len = q->cells[k->col].len;
            break;
        case K_COUNT:
            if (!q->count_null[k->count]) {
                p = q->count_text[k->count];
                len = strlen(p);
            }
            break;
        case K_CONST:
            p = k->constant;
            len = strlen(p);
            break;
        case K_LEVEL:
            p = qr_level_name(q->level);
            len = strlen(p);
            break;
        case K_CHARSET:
            want_charset = 1;
            continue;
        case K_SEQUENCE:
            rc = ds_set_empty_sequence(to, k->tag);
            continue;
        case K_ITEM:
            rc = ds_add_item(q->rsp, k->tag, &to);
            continue;
        case K_EMPTY:
            break;
        }
        if (p && vr_is_string(k->vr) && has_high_bytes(p, len))
            non_ascii = 1;
        rc = put_text(q, to, k, p, len, in_set);
    }
    if (rc)
        return rc;
    /* The worklist says its set always (Conquest's WorkListReturnsISO_IR);
     * a C-FIND answer says ISO_IR 192 when its text is beyond ASCII (the
     * index holds UTF-8), and answers the key when asked. */
    if (q->fixed_charset)
        return ds_set_string(q->rsp, DICT_TAG(0x0008, 0x0005), VR_CS,
                             in_set ? q->answer_scs : "ISO_IR 192");
    if (non_ascii || want_charset)
        return ds_set_string(q->rsp, DICT_TAG(0x0008, 0x0005), VR_CS,
                             non_ascii ? "ISO_IR 192" : "");
    return 0;
}

/* Test the current row against every key and answer it when it matches. */
static int answer_row(struct qr_query *q, struct db *db, const struct qr_sink *sink,
                      unsigned long *matches)
{
    int rc = 0;

    for (size_t i = 0; i < q->nkeys; i++) {
        const struct key *k = &q->keys[i];
        if (k->kind == K_COLUMN && k->match &&
            !qr_match_test(k->match, q->cells[k->col].p, q->cells[k->col].len))
            return 0;
        if (k->kind == K_CONST && k->match &&
            !qr_match_test(k->match, k->constant, strlen(k->constant)))
            return 0;
    }
    for (size_t i = 0; i < q->nkeys; i++) {
        const struct key *k = &q->keys[i];
        if (k->kind != K_COUNT)
            continue;
        rc = count_of(q, db, k->count, &q->cells[k->col]);
        if (rc)
            return rc;
        if (k->match &&
            (q->count_null[k->count] ||
             !qr_match_test(k->match, q->count_text[k->count], strlen(q->count_text[k->count]))))
            return 0;
    }
    rc = build_answer(q, q->fixed_charset);
    if (rc == DG_ECHARSET)
        rc = build_answer(q, 0); /* a character the set lacks: all in UTF-8 */
    if (rc)
        return rc;
    rc = sink->result(sink->ctx, q->rsp);
    if (rc == 0 && matches)
        (*matches)++;
    return rc;
}

int qr_run(struct qr_query *q, struct db *db, const struct qr_sink *sink, unsigned long *matches)
{
    int rc;

    if (matches)
        *matches = 0;
    int whole = q->level == SCHEMA_WORKLIST;

    for (int page = 0;; page++) {
        /* The first page without the last condition, each next one with
         * it: keyset paging, WHERE key > the last key of the page before.
         * The worklist: every match in one read, no LIMIT. */
        struct db_select sel = {q->tables,
                                q->ntables,
                                q->colnames,
                                q->ncols,
                                q->where,
                                q->nwhere - (page == 0 && !whole),
                                q->cols[0].name,
                                whole ? 0 : QR_PAGE_ROWS,
                                0};
        q->last = db_text((const char *)q->last_key.data, q->last_key.len);
        buf_reset(&q->page);
        q->nrows = 0;
        q->page_full = 0;
        rc = db_select(db, &sel, take_row, q);
        if (rc == 1 && q->page_full)
            rc = whole ? DG_ETOOBIG : 0;
        if (rc)
            return rc;
        for (size_t r = 0; r < q->nrows; r++) {
            rc = load_row(q, r);
            if (rc == 0)
                rc = answer_row(q, db, sink, matches);
            if (rc)
                return rc;
        }
        if (whole || q->nrows == 0 || (q->nrows < QR_PAGE_ROWS && !q->page_full))
            return 0;
        /* The key of the last row, as the database gave it (column 0). */
        const uint8_t *last = q->page.data + q->row_off[q->nrows - 1];
        uint32_t len;
        memcpy(&len, last, sizeof len);
        if (len == UINT32_MAX)
            return 0; /* a key is never NULL; if one is, there is no "after" it */
        buf_reset(&q->last_key);
        rc = buf_append(&q->last_key, last + sizeof len, len);
        if (rc)
            return rc;
        if (sink->poll) {
            rc = sink->poll(sink->ctx);
            if (rc)
                return rc;
        }
    }
}
