/* The objects a retrieve names; see objects.h. One SELECT over the image
 * table, joined to the series and study tables only as far up as the keys
 * given need, every value a bound parameter. Pages are read by key (the
 * SOP Instance UID after the last one seen), never by OFFSET, so that a
 * page costs the same at the end of a long list as at its start and rows
 * stored meanwhile cannot shift a row out of the walk. */
#include "db/objects.h"

#include "db/tables.h"
#include "util/buf.h"
#include "util/error.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SQL_CAP (64u * 1024)

/* The tables and columns the query names, from dicom.sql. */
struct names {
    char image_key[160];    /* DICOMImages.SOPInstanc */
    char image_link[160];   /* DICOMImages.SeriesInst */
    char image_class[160];  /* DICOMImages.SOPClassUI, or "" when not indexed */
    char image_device[160]; /* DICOMImages.DeviceName */
    char image_file[160];   /* DICOMImages.ObjectFile */
    char series_key[160];   /* DICOMSeries.SeriesInst */
    char series_link[160];  /* DICOMSeries.StudyInsta */
    char study_key[160];    /* DICOMStudies.StudyInsta */
    char study_link[160];   /* DICOMStudies.PatientID */
};

static int qualified(char *out, const char *table, const char *column)
{
    int n = snprintf(out, 160, "%s.%s", table, column);

    return n > 0 && n < 160 && db_is_identifier(out) ? 0 : DG_EPARSE;
}

static int make_names(const struct schema *s, struct names *n)
{
    const struct schema_table *im = &s->tables[SCHEMA_IMAGE];
    const struct schema_table *se = &s->tables[SCHEMA_SERIES];
    const struct schema_table *st = &s->tables[SCHEMA_STUDY];
    const struct schema_column *cls = schema_find(s, SCHEMA_IMAGE, 0x0008, 0x0016);
    int rc = 0;

    if (im->ncolumns < 2 || se->ncolumns < 2 || st->ncolumns < 2)
        return DG_EPARSE;
    rc |= qualified(n->image_key, im->table, im->columns[0].column);
    rc |= qualified(n->image_link, im->table, im->columns[im->ncolumns - 1].column);
    rc |= qualified(n->image_device, im->table, TABLES_DEVICE_NAME);
    rc |= qualified(n->image_file, im->table, TABLES_OBJECT_FILE);
    rc |= qualified(n->series_key, se->table, se->columns[0].column);
    rc |= qualified(n->series_link, se->table, se->columns[se->ncolumns - 1].column);
    rc |= qualified(n->study_key, st->table, st->columns[0].column);
    rc |= qualified(n->study_link, st->table, st->columns[st->ncolumns - 1].column);
    n->image_class[0] = '\0';
    if (cls)
        rc |= qualified(n->image_class, im->table, cls->column);
    return rc ? DG_EPARSE : 0;
}

/* One list of values and the column it restricts. */
struct list {
    const char *column;
    const char *const *v;
    size_t n;
};

/* The query of one part: the lists (the deepest cut to its part), the
 * parameters they bind. */
struct query {
    const struct schema *s;
    struct names nm;
    struct list lists[4];
    size_t nlists;
    int join_series, join_study;
    struct db_value *params;
    size_t nparams;
};

static void add(struct buf *b, int *rc, const char *text)
{
    if (*rc == 0)
        *rc = buf_append(b, text, strlen(text));
}

/* FROM ... WHERE <joins and lists>, binding the lists' values. */
static void add_from_where(struct buf *b, int *rc, struct query *q)
{
    const char *sep = " WHERE ";

    add(b, rc, " FROM ");
    add(b, rc, q->s->tables[SCHEMA_IMAGE].table);
    if (q->join_series) {
        add(b, rc, ", ");
        add(b, rc, q->s->tables[SCHEMA_SERIES].table);
    }
    if (q->join_study) {
        add(b, rc, ", ");
        add(b, rc, q->s->tables[SCHEMA_STUDY].table);
    }
    if (q->join_series) {
        add(b, rc, sep);
        add(b, rc, q->nm.image_link);
        add(b, rc, " = ");
        add(b, rc, q->nm.series_key);
        sep = " AND ";
    }
    if (q->join_study) {
        add(b, rc, sep);
        add(b, rc, q->nm.series_link);
        add(b, rc, " = ");
        add(b, rc, q->nm.study_key);
        sep = " AND ";
    }
    q->nparams = 0;
    for (size_t i = 0; i < q->nlists; i++) {
        const struct list *l = &q->lists[i];

        add(b, rc, sep);
        sep = " AND ";
        add(b, rc, l->column);
        if (l->n == 1) {
            add(b, rc, " = ?");
        } else {
            add(b, rc, " IN (");
            for (size_t k = 0; k < l->n; k++)
                add(b, rc, k ? ", ?" : "?");
            add(b, rc, ")");
        }
        for (size_t k = 0; k < l->n; k++)
            q->params[q->nparams++] = db_text(l->v[k], strlen(l->v[k]));
    }
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The query over the keys: which joins, which lists; the deepest list
 * (sorted, without repeats) in *split, to be cut into parts. */
static int plan(const struct schema *s, const struct objects_keys *k, struct query *q,
                const char ***split, size_t *nsplit)
{
    struct list all[4];
    size_t n = 0, total = 0;
    int rc;

    memset(q, 0, sizeof *q);
    *split = NULL;
    *nsplit = 0;
    q->s = s;
    rc = make_names(s, &q->nm);
    if (rc)
        return rc;
    /* Deepest first: the first list is the one cut into parts. */
    if (k->nsop)
        all[n++] = (struct list){q->nm.image_key, k->sop, k->nsop};
    if (k->nseries)
        all[n++] = (struct list){q->nm.image_link, k->series, k->nseries};
    if (k->nstudy)
        all[n++] = (struct list){q->nm.series_link, k->study, k->nstudy};
    if (k->npatient)
        all[n++] = (struct list){q->nm.study_link, k->patient, k->npatient};
    if (n == 0)
        return DG_EPARSE;
    for (size_t i = 0; i < n; i++) {
        if (all[i].n > (i == 0 ? OBJECTS_LIST_MAX : OBJECTS_IN_MAX))
            return DG_ETOOBIG;
        total += i == 0 ? (all[i].n < OBJECTS_IN_MAX ? all[i].n : OBJECTS_IN_MAX) : all[i].n;
    }
    q->join_series = k->nstudy || k->npatient;
    q->join_study = k->npatient > 0;
    q->params = calloc(total + 1, sizeof *q->params); /* + the page's last key */
    *split = malloc(all[0].n * sizeof **split);
    if (!q->params || !*split) {
        free(q->params);
        free(*split);
        *split = NULL;
        return -ENOMEM;
    }
    memcpy(*split, all[0].v, all[0].n * sizeof **split);
    qsort(*split, all[0].n, sizeof **split, cmp_str);
    for (size_t i = 0; i < all[0].n; i++)
        if (*nsplit == 0 || strcmp((*split)[*nsplit - 1], (*split)[i]) != 0)
            (*split)[(*nsplit)++] = (*split)[i];
    memcpy(q->lists, all, n * sizeof all[0]);
    q->nlists = n;
    return 0;
}

static void query_free(struct query *q, const char **split)
{
    free(q->params);
    free(split);
}

/* ---- counting ---- */

struct counting {
    long total;
    objects_class_fn fn;
    void *ctx;
    int has_class;
};

static int count_row(void *ctx, const struct db_value *cols, size_t ncols)
{
    struct counting *c = ctx;
    const struct db_value *n;
    char num[32], cls[128] = "";
    long v;

    if (ncols < 1)
        return DG_EDB;
    n = &cols[ncols - 1];
    if (n->kind != DB_TEXT || n->len >= sizeof num)
        return DG_EDB;
    memcpy(num, n->text, n->len);
    num[n->len] = '\0';
    v = strtol(num, NULL, 10);
    c->total += v;
    if (c->has_class && ncols == 2 && cols[0].kind == DB_TEXT && cols[0].len < sizeof cls) {
        memcpy(cls, cols[0].text, cols[0].len);
        cls[cols[0].len] = '\0';
    }
    return c->fn ? c->fn(c->ctx, cls, v) : 0;
}

int objects_count(struct db *db, const struct schema *s, const struct objects_keys *k, long *count,
                  objects_class_fn fn, void *ctx)
{
    struct counting c = {0, fn, ctx, 0};
    struct query q;
    const char **split;
    size_t nsplit;
    struct buf b;
    int rc;

    *count = 0;
    rc = plan(s, k, &q, &split, &nsplit);
    if (rc)
        return rc;
    c.has_class = q.nm.image_class[0] != '\0';
    buf_init(&b, SQL_CAP);
    for (size_t off = 0; off < nsplit && rc == 0; off += OBJECTS_IN_MAX) {
        q.lists[0].v = split + off;
        q.lists[0].n = nsplit - off < OBJECTS_IN_MAX ? nsplit - off : OBJECTS_IN_MAX;
        buf_reset(&b);
        add(&b, &rc, "SELECT ");
        if (c.has_class) {
            add(&b, &rc, q.nm.image_class);
            add(&b, &rc, ", ");
        }
        add(&b, &rc, "COUNT(*)");
        add_from_where(&b, &rc, &q);
        if (c.has_class) {
            add(&b, &rc, " GROUP BY ");
            add(&b, &rc, q.nm.image_class);
        }
        if (rc == 0)
            rc = buf_append(&b, "", 1);
        if (rc == 0)
            rc = db_query(db, (const char *)b.data, q.params, q.nparams, count_row, &c);
    }
    buf_free(&b);
    query_free(&q, split);
    if (rc == 0)
        *count = c.total;
    return rc;
}

/* ---- the walk ---- */

struct page_row {
    char device[64];
    char file[512];
    char sop_class[128];
    char sop[128];
    char series[128];
};

struct page {
    struct page_row *rows;
    size_t n;
};

/* Copy a column into a slot; one too long for it is left "" (the caller
 * then fails that object, the file it names cannot be this). */
static int take(char *out, size_t size, const struct db_value *v)
{
    out[0] = '\0';
    if (v->kind != DB_TEXT)
        return 0;
    if (v->len >= size)
        return DG_ETOOBIG;
    memcpy(out, v->text, v->len);
    out[v->len] = '\0';
    return 0;
}

static int page_row(void *ctx, const struct db_value *cols, size_t ncols)
{
    struct page *p = ctx;
    struct page_row *r;

    if (ncols != 5 || p->n >= OBJECTS_PAGE)
        return DG_EDB;
    r = &p->rows[p->n++];
    (void)take(r->device, sizeof r->device, &cols[0]);
    (void)take(r->file, sizeof r->file, &cols[1]);
    (void)take(r->sop_class, sizeof r->sop_class, &cols[2]);
    (void)take(r->series, sizeof r->series, &cols[4]);
    /* The walk goes on from this key: it must be whole. */
    return take(r->sop, sizeof r->sop, &cols[3]);
}

int objects_each(struct db *db, const struct schema *s, const struct objects_keys *k, objects_fn fn,
                 void *ctx)
{
    struct page p = {0};
    struct query q;
    const char **split;
    size_t nsplit;
    struct buf b;
    char last[128];
    char limit[32];
    int rc;

    rc = plan(s, k, &q, &split, &nsplit);
    if (rc)
        return rc;
    p.rows = malloc(OBJECTS_PAGE * sizeof *p.rows);
    if (!p.rows) {
        query_free(&q, split);
        return -ENOMEM;
    }
    buf_init(&b, SQL_CAP);
    snprintf(limit, sizeof limit, " LIMIT %d", OBJECTS_PAGE);
    for (size_t off = 0; off < nsplit && rc == 0; off += OBJECTS_IN_MAX) {
        q.lists[0].v = split + off;
        q.lists[0].n = nsplit - off < OBJECTS_IN_MAX ? nsplit - off : OBJECTS_IN_MAX;
        buf_reset(&b);
        add(&b, &rc, "SELECT ");
        add(&b, &rc, q.nm.image_device);
        add(&b, &rc, ", ");
        add(&b, &rc, q.nm.image_file);
        add(&b, &rc, ", ");
        add(&b, &rc, q.nm.image_class[0] ? q.nm.image_class : "NULL");
        add(&b, &rc, ", ");
        add(&b, &rc, q.nm.image_key);
        add(&b, &rc, ", ");
        add(&b, &rc, q.nm.image_link);
        add_from_where(&b, &rc, &q);
        add(&b, &rc, " AND ");
        add(&b, &rc, q.nm.image_key);
        add(&b, &rc, " > ? ORDER BY ");
        add(&b, &rc, q.nm.image_key);
        add(&b, &rc, limit);
        if (rc == 0)
            rc = buf_append(&b, "", 1);
        last[0] = '\0';
        /* Each page is one statement, run to its end before any row is
         * handed out: no read transaction outlives it. */
        while (rc == 0) {
            p.n = 0;
            q.params[q.nparams] = db_text(last, strlen(last));
            rc = db_query(db, (const char *)b.data, q.params, q.nparams + 1, page_row, &p);
            for (size_t i = 0; i < p.n && rc == 0; i++) {
                struct page_row *r = &p.rows[i];
                struct objects_row row = {r->device, r->file, r->sop_class, r->sop, r->series};
                rc = fn(ctx, &row);
            }
            if (rc || p.n < OBJECTS_PAGE)
                break;
            memcpy(last, p.rows[p.n - 1].sop, sizeof last);
        }
    }
    buf_free(&b);
    free(p.rows);
    query_free(&q, split);
    return rc;
}
