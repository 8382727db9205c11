/* Rows of the worklist table; see worklist.h. Conquest's DICOMWorkList has
 * no key: the replacement of an order goes by its AccessionNumber column,
 * found by tag, so a dicom.sql without one only ever adds rows. */
#include "db/worklist.h"

#include "db/tables.h"
#include "util/buf.h"
#include "util/error.h"
#include "util/log.h"
#include "util/str.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define SQL_MAX (64 * 1024)

static void add(struct buf *b, int *rc, const char *s)
{
    if (*rc == 0)
        *rc = buf_append(b, s, strlen(s));
}

/* INSERT INTO <table> (<columns>, AccessTime) VALUES (?, ..., ?) into b,
 * NUL-terminated; *nparams gets the number of placeholders. */
static int insert_sql(const struct schema_table *t, struct buf *b, size_t *nparams)
{
    int rc = 0;

    *nparams = 0;
    add(b, &rc, "INSERT INTO ");
    add(b, &rc, t->table);
    add(b, &rc, " (");
    for (size_t i = 0; i < t->ncolumns; i++) {
        if (!schema_is_column(&t->columns[i]))
            continue;
        add(b, &rc, t->columns[i].column);
        add(b, &rc, ", ");
        (*nparams)++;
    }
    add(b, &rc, TABLES_ACCESS_TIME ") VALUES (");
    for (size_t i = 0; i < *nparams; i++)
        add(b, &rc, "?, ");
    add(b, &rc, "?)");
    (*nparams)++;
    if (rc == 0)
        rc = buf_append(b, "", 1);
    return rc;
}

/* A value as the index stores it: trailing spaces removed, empty as NULL,
 * cut to the column's length without splitting a character. */
static struct db_value stored(const struct schema_column *c, struct db_value v)
{
    if (v.kind != DB_TEXT)
        return db_null();
    while (v.len > 0 && v.text[v.len - 1] == ' ')
        v.len--;
    if (v.len == 0)
        return db_null();
    size_t max = c->sql_type == SCHEMA_SQL_DATE ? 8 : (size_t)c->length;
    size_t keep = str_utf8_cut(v.text, v.len, max);
    if (keep < v.len)
        log_warn("%s: value of %zu bytes cut to the column length %zu", c->name, v.len, max);
    v.len = keep;
    return v;
}

int worklist_write(struct db *db, const struct schema *s, const struct db_value *values,
                   size_t nrows)
{
    const struct schema_table *t = &s->tables[SCHEMA_WORKLIST];
    const struct schema_column *acc = schema_find(s, SCHEMA_WORKLIST, 0x0008, 0x0050);
    struct db_value *params = NULL;
    char delete_sql[3 * SCHEMA_NAME_MAX + 32];
    size_t nparams, acc_param = 0;
    struct buf sql;
    int rc;

    if (acc && !schema_is_column(acc))
        acc = NULL;
    buf_init(&sql, SQL_MAX);
    rc = insert_sql(t, &sql, &nparams);
    params = calloc(nparams, sizeof *params);
    if (rc == 0 && !params)
        rc = -ENOMEM;
    if (acc) {
        for (const struct schema_column *c = t->columns; c < acc; c++)
            acc_param += (size_t)schema_is_column(c);
        snprintf(delete_sql, sizeof delete_sql, "DELETE FROM %s WHERE %s = ?", t->table,
                 acc->column);
    }
    if (rc == 0)
        rc = db_begin(db);
    for (size_t r = 0; r < nrows && rc == 0; r++) {
        const struct db_value *row = values + r * t->ncolumns;
        size_t k = 0;
        for (size_t i = 0; i < t->ncolumns; i++)
            if (schema_is_column(&t->columns[i]))
                params[k++] = stored(&t->columns[i], row[i]);
        params[k] = db_int((long long)time(NULL));
        if (acc && params[acc_param].kind == DB_TEXT)
            rc = db_exec(db, delete_sql, &params[acc_param], 1, NULL);
        if (rc == 0)
            rc = db_exec(db, (const char *)sql.data, params, nparams, NULL);
    }
    if (rc == 0)
        rc = db_commit(db);
    if (rc)
        db_rollback(db);
    free(params);
    buf_free(&sql);
    return rc;
}
