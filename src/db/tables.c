/* CREATE / DROP of the index tables. The DDL mirrors what Conquest 1.5.0e
 * creates (conquest-behaviour.md 4.2 and 10): same tables, columns, types,
 * "PRIMARY KEY not null" on the first column of the four levels, and the same
 * index names. Identifiers come from the parsed dicom.sql only. */
#include "db/tables.h"

#include "db/metadata.h"

#include "util/buf.h"
#include "util/error.h"
#include "util/log.h"

#include <stdio.h>
#include <string.h>

#define DDL_MAX (64 * 1024)
#define UIDMODS_TABLE "UIDMODS"

static const char uidmods_ddl[] = "CREATE TABLE " UIDMODS_TABLE " (MODTime int, OldUID "
                                  "varchar(64), MODType varchar(32), NewUID varchar(64), "
                                  "Stage varchar(32), Annotation varchar(64))";

/* Append s unless an earlier append failed, so that *rc keeps the first
 * error (DG_ETOOBIG or -ENOMEM), never two codes OR-ed together. */
static void add(struct buf *b, int *rc, const char *s)
{
    if (*rc == 0)
        *rc = buf_append(b, s, strlen(s));
}

static int run_ddl(struct db *db, const char *sql)
{
    int rc = db_exec_ddl(db, sql);

    if (rc)
        log_error("***Failed %s: %s: %s", db_backend_name(db), sql, db_error(db));
    return rc;
}

/* MySQL: utf8mb4 whatever the server default, and binary comparison so that
 * keys and '=' behave as on SQLite and PostgreSQL (case- and
 * trailing-space-sensitive). */
static const char *table_suffix(struct db *db)
{
    return db_backend(db) == DB_MYSQL ? " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin" : "";
}

static int create_table(struct db *db, const struct schema *s, enum schema_level lv)
{
    const struct schema_table *t = &s->tables[lv];
    struct buf b;
    char num[32];
    int rc = 0, first = 1;

    buf_init(&b, DDL_MAX);
    add(&b, &rc, "CREATE TABLE ");
    add(&b, &rc, t->table);
    add(&b, &rc, " (");
    for (size_t i = 0; i < t->ncolumns; i++) {
        const struct schema_column *c = &t->columns[i];
        if (!schema_is_column(c))
            continue;
        add(&b, &rc, first ? "" : ", ");
        add(&b, &rc, c->column);
        if (c->sql_type == SCHEMA_SQL_DATE) {
            add(&b, &rc, " char(8)");
        } else {
            snprintf(num, sizeof num, " varchar(%d)", c->length);
            add(&b, &rc, num);
        }
        if (first && lv != SCHEMA_WORKLIST)
            add(&b, &rc, " PRIMARY KEY not null");
        first = 0;
    }
    /* A WorkList block may list no column: the table still gets these. */
    add(&b, &rc, first ? "" : ", ");
    add(&b, &rc, TABLES_ACCESS_TIME " int, qTimeStamp int, qFlags int, qSpare varchar(64)");
    if (lv == SCHEMA_IMAGE)
        add(&b, &rc, ", " TABLES_OBJECT_FILE " varchar(255), " TABLES_DEVICE_NAME " varchar(32)");
    add(&b, &rc, ")");
    add(&b, &rc, table_suffix(db));
    if (rc == 0)
        rc = buf_append(&b, "", 1);
    if (rc == 0)
        rc = run_ddl(db, (const char *)b.data);
    buf_free(&b);
    return rc;
}

static int create_index(struct db *db, const char *name, const char *table, const char *col1,
                        const char *col2)
{
    char sql[512];

    if (!col1)
        return 0; /* a custom dicom.sql without that column */
    snprintf(sql, sizeof sql, "CREATE INDEX %s ON %s (%s%s%s)", name, table, col1, col2 ? ", " : "",
             col2 ? col2 : "");
    return run_ddl(db, sql);
}

/* Which column of its table an index covers. */
enum col_ref { COL_NONE, COL_KEY, COL_LINK, COL_PATIENT_COPY };

/* Conquest's index names. idx_patientid is on DICOMStudies(PatientSex) in
 * Conquest by mistake; we keep the name and index the link column. */
static const struct {
    enum schema_level level;
    const char *name;
    enum col_ref first, second;
} conquest_indices[] = {
    {SCHEMA_STUDY, "study_lnk", COL_LINK, COL_NONE},
    {SCHEMA_STUDY, "idx_patientid", COL_LINK, COL_NONE},
    {SCHEMA_STUDY, "idx_patientid_studyinsta", COL_LINK, COL_KEY},
    {SCHEMA_SERIES, "series_lnk", COL_LINK, COL_NONE},
    {SCHEMA_SERIES, "series_pat", COL_PATIENT_COPY, COL_NONE},
    {SCHEMA_SERIES, "idx_studyinsta_seriesinst", COL_LINK, COL_KEY},
    {SCHEMA_IMAGE, "images_lnk", COL_LINK, COL_NONE},
    {SCHEMA_IMAGE, "images_pat", COL_PATIENT_COPY, COL_NONE},
    {SCHEMA_IMAGE, "idx_seriesinst_sopinstanc", COL_LINK, COL_KEY},
};

static const char *column_of(const struct schema *s, enum schema_level lv, enum col_ref ref)
{
    const struct schema_table *t = &s->tables[lv];
    const struct schema_column *c;

    switch (ref) {
    case COL_KEY:
        return t->columns[0].column;
    case COL_LINK:
        return t->columns[t->ncolumns - 1].column;
    case COL_PATIENT_COPY: /* SeriesPat, ImagePat */
        c = schema_find(s, lv, 0x0010, 0x0020);
        return c ? c->column : NULL;
    default:
        return NULL;
    }
}

/* Ours, not Conquest's: PatientName as C-FIND compares it, UPPER(LTRIM()),
 * the expression of the range that core/match.c adds to a name's LIKE
 * (db.c renders it for db_cond.ltrim), so that "SMITH*" reads a few index
 * entries instead of every row: 45 ms to 0.3 ms on 100 000 studies
 * (bench/qr.sh). PostgreSQL compares that range bytewise (COLLATE "C"),
 * so its index is built so too. MariaDB indexes no expressions (it would
 * take a generated column): the query is right there, just a scan. */
static int create_name_index(struct db *db, const struct schema *s, enum schema_level lv)
{
    static const char *const names[SCHEMA_LEVELS] = {"patient_name", "study_name", "series_name",
                                                     "image_name"};
    const struct schema_column *c = schema_find(s, lv, 0x0010, 0x0010);
    int pg = db_backend(db) == DB_PGSQL;
    char sql[512];

    if (!c || !names[lv] || db_backend(db) == DB_MYSQL)
        return 0;
    snprintf(sql, sizeof sql, "CREATE INDEX %s ON %s (%sUPPER(LTRIM(%s))%s)", names[lv],
             s->tables[lv].table, pg ? "(" : "", c->column, pg ? " COLLATE \"C\")" : "");
    return run_ddl(db, sql);
}

static int create_indices(struct db *db, const struct schema *s, enum schema_level lv)
{
    for (size_t i = 0; i < sizeof conquest_indices / sizeof conquest_indices[0]; i++) {
        if (conquest_indices[i].level != lv)
            continue;
        int rc = create_index(db, conquest_indices[i].name, s->tables[lv].table,
                              column_of(s, lv, conquest_indices[i].first),
                              column_of(s, lv, conquest_indices[i].second));
        if (rc)
            return rc;
    }
    return create_name_index(db, s, lv);
}

static int create_uidmods(struct db *db, int with_indices)
{
    int rc = run_ddl(db, uidmods_ddl);

    if (rc || !with_indices)
        return rc;
    rc = create_index(db, "mods_old", UIDMODS_TABLE, "OldUID", NULL);
    if (rc == 0)
        rc = create_index(db, "mods_stage", UIDMODS_TABLE, "Stage", NULL);
    if (rc == 0)
        rc = create_index(db, "mods_joint", UIDMODS_TABLE, "OldUID", "Stage");
    if (rc == 0)
        rc = create_index(db, "mods_back", UIDMODS_TABLE, "NewUID", "Stage");
    return rc;
}

static int drop_if_exists(struct db *db, const char *table)
{
    char sql[128];
    int rc = db_table_exists(db, table);

    if (rc <= 0)
        return rc;
    snprintf(sql, sizeof sql, "DROP TABLE %s", table);
    return run_ddl(db, sql);
}

static int one_row(void *ctx, const struct db_value *cols, size_t ncols)
{
    (void)cols;
    (void)ncols;
    *(int *)ctx = 1;
    return 1; /* one is enough */
}

/* 1 when the worklist table exists and holds a row. */
static int worklist_has_rows(struct db *db, const struct schema *s)
{
    char sql[128];
    int found = 0, rc = db_table_exists(db, s->tables[SCHEMA_WORKLIST].table);

    if (rc <= 0)
        return rc;
    snprintf(sql, sizeof sql, "SELECT 1 FROM %s LIMIT 1", s->tables[SCHEMA_WORKLIST].table);
    rc = db_query(db, sql, NULL, 0, one_row, &found);
    return rc == 1 || rc == 0 ? found : rc;
}

int tables_init(struct db *db, const struct schema *s, enum tables_mode mode, FILE *out)
{
    static const char *const label[SCHEMA_LEVELS] = {"Patient Database", "Study Database",
                                                     "Series Database", "Image Database",
                                                     "WorkList Database"};
    int keep_worklist = 0, rc;

    fprintf(out, "Dropping Existing tables (if-any)\n");
    if (mode != TABLES_WORKLIST_ONLY) {
        rc = worklist_has_rows(db, s);
        if (rc < 0)
            return rc;
        keep_worklist = rc;
        fprintf(out, "%s\n", keep_worklist ? "Worklist contains data" : "Worklist is empty");
    }
    if (!keep_worklist) {
        fprintf(out, "Dropping worklist\n");
        rc = drop_if_exists(db, s->tables[SCHEMA_WORKLIST].table);
        if (rc)
            return rc;
    }
    if (mode != TABLES_WORKLIST_ONLY) {
        fprintf(out, "Dropping other tables\n");
        for (int lv = SCHEMA_PATIENT; lv <= SCHEMA_IMAGE; lv++) {
            rc = drop_if_exists(db, s->tables[lv].table);
            if (rc)
                return rc;
        }
        rc = drop_if_exists(db, UIDMODS_TABLE);
        if (rc == 0)
            rc = drop_if_exists(db, METADATA_TABLE);
        if (rc)
            return rc;
    }
    if (!keep_worklist) {
        fprintf(out, "%s\n", label[SCHEMA_WORKLIST]);
        rc = create_table(db, s, SCHEMA_WORKLIST);
        if (rc)
            return rc;
    }
    if (mode == TABLES_WORKLIST_ONLY)
        return 0;
    for (int lv = SCHEMA_PATIENT; lv <= SCHEMA_IMAGE; lv++) {
        fprintf(out, "%s\n", label[lv]);
        rc = create_table(db, s, (enum schema_level)lv);
        if (rc == 0 && mode == TABLES_WITH_INDICES)
            rc = create_indices(db, s, (enum schema_level)lv);
        if (rc)
            return rc;
    }
    rc = create_uidmods(db, mode == TABLES_WITH_INDICES);
    return rc ? rc : metadata_create_table(db, mode == TABLES_WITH_INDICES);
}

/* A column that cannot be read (DG_EDB: the message in db_error) is
 * reported and counted; any other error is returned. */
static int check_column(struct db *db, const char *table, const char *column, int *missing)
{
    char sql[256];
    int rc;

    snprintf(sql, sizeof sql, "SELECT %s FROM %s WHERE 1 = 0", column, table);
    rc = db_query(db, sql, NULL, 0, NULL, NULL);
    if (rc != DG_EDB)
        return rc;
    log_warn("index table %s has no column %s (%s): the index was made from another "
             "dicom.sql; images cannot be stored until dgate -r rebuilds it from the images, "
             "or dicom.sql is the one it was made with",
             table, column, db_error(db));
    (*missing)++;
    return 0;
}

int tables_check_columns(struct db *db, const struct schema *s, int *missing)
{
    /* Every table has AccessTime; the images also ObjectFile and DeviceName. */
    static const char *const extra[] = {TABLES_ACCESS_TIME, TABLES_OBJECT_FILE, TABLES_DEVICE_NAME};
    int rc;

    *missing = 0;
    for (int lv = 0; lv < SCHEMA_LEVELS; lv++) {
        const struct schema_table *t = &s->tables[lv];
        rc = db_table_exists(db, t->table);
        if (rc <= 0) {
            if (rc < 0)
                return rc;
            continue;
        }
        for (size_t i = 0; i < t->ncolumns; i++) {
            if (!schema_is_column(&t->columns[i]))
                continue;
            rc = check_column(db, t->table, t->columns[i].column, missing);
            if (rc)
                return rc;
        }
        size_t nextra = lv == SCHEMA_IMAGE ? sizeof extra / sizeof extra[0] : 1;
        for (size_t i = 0; i < nextra; i++) {
            rc = check_column(db, t->table, extra[i], missing);
            if (rc)
                return rc;
        }
    }
    return 0;
}

int tables_create_missing(struct db *db, const struct schema *s, FILE *out, int *created)
{
    int n = 0, rc;

    for (int lv = 0; lv < SCHEMA_LEVELS; lv++) {
        const char *t = s->tables[lv].table;
        rc = db_table_exists(db, t);
        if (rc < 0)
            return rc;
        if (rc == 1) {
            if (out)
                fprintf(out, "Table %s exists; kept\n", t);
            continue;
        }
        if (out)
            fprintf(out, "Creating table %s\n", t);
        rc = create_table(db, s, (enum schema_level)lv);
        if (rc == 0)
            rc = create_indices(db, s, (enum schema_level)lv);
        if (rc)
            return rc;
        n++;
    }
    rc = db_table_exists(db, UIDMODS_TABLE);
    if (rc < 0)
        return rc;
    if (rc == 0) {
        if (out)
            fprintf(out, "Creating table %s\n", UIDMODS_TABLE);
        rc = create_uidmods(db, 1);
        if (rc)
            return rc;
        n++;
    }
    /* Ours, beside Conquest's: an index Conquest made gets it at start. */
    rc = db_table_exists(db, METADATA_TABLE);
    if (rc < 0)
        return rc;
    if (rc == 0) {
        if (out)
            fprintf(out, "Creating table %s\n", METADATA_TABLE);
        rc = metadata_create_table(db, 1);
        if (rc)
            return rc;
        n++;
    }
    if (created)
        *created = n;
    return 0;
}

int tables_any_exist(struct db *db, const struct schema *s)
{
    int rc;

    for (int lv = 0; lv < SCHEMA_LEVELS; lv++) {
        rc = db_table_exists(db, s->tables[lv].table);
        if (rc != 0)
            return rc;
    }
    return db_table_exists(db, UIDMODS_TABLE);
}
