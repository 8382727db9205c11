/* The index layout read from dicom.sql (Conquest's "kfactor" file): which
 * DICOM attributes become which columns of which table. Only the parser and
 * the table model live here; creating tables and SQL live in db.h / index.h. */
#ifndef DG_DB_SCHEMA_H
#define DG_DB_SCHEMA_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* The five blocks of dicom.sql, in the order Conquest dumps them. */
enum schema_level {
    SCHEMA_PATIENT,
    SCHEMA_STUDY,
    SCHEMA_SERIES,
    SCHEMA_IMAGE,
    SCHEMA_WORKLIST,
    SCHEMA_LEVELS
};

enum schema_sql_type {
    SCHEMA_SQL_CHAR, /* SQL_C_CHAR: varchar(Length) */
    SCHEMA_SQL_DATE, /* SQL_C_DATE: char(8) */
};

enum schema_dicom_type {
    SCHEMA_DT_STR,
    SCHEMA_DT_ISTR, /* matched case-insensitively */
    SCHEMA_DT_MSTR, /* multi-valued, backslash separated */
    SCHEMA_DT_UI,
    SCHEMA_DT_DATE,
    SCHEMA_DT_TIME,
    SCHEMA_DT_UINT16,        /* binary US in the dataset, stored as decimal text */
    SCHEMA_DT_UINT32,        /* binary UL */
    SCHEMA_DT_FL,            /* binary FL */
    SCHEMA_DT_FD,            /* binary FD */
    SCHEMA_DT_STARTSEQUENCE, /* worklist only: marks, not columns */
    SCHEMA_DT_ENDSEQUENCE,
};

#define SCHEMA_NAME_MAX 64 /* longest name in dicom.sql we accept */
#define SCHEMA_MAX_COLUMNS 256

struct schema_column {
    uint16_t group;
    uint16_t element;
    char name[SCHEMA_NAME_MAX + 1];   /* as written in dicom.sql */
    char column[SCHEMA_NAME_MAX + 1]; /* the SQL column: name cut to TruncateFieldNames */
    int length;                       /* varchar length */
    enum schema_sql_type sql_type;
    enum schema_dicom_type dicom_type;
    char hl7[SCHEMA_NAME_MAX + 1]; /* worklist HL7 source ("OBR.3"), else "" */
    int line;                      /* where it was read, for messages */
};

/* One table. For Patient, Study, Series and Image columns[0] is the primary
 * key and, except for Patient, columns[ncolumns - 1] links to the parent's
 * key. Sequence marks of the worklist are kept (is_column() says which are
 * real columns) so that the worklist service can rebuild the nesting. */
struct schema_table {
    const char *table; /* DICOMPatients, ... */
    const char *level; /* "Patient", ... as in the dump */
    struct schema_column *columns;
    size_t ncolumns;
};

struct schema {
    struct schema_table tables[SCHEMA_LEVELS];
};

/* Parse dicom.sql text. truncate = TruncateFieldNames (0: names are not cut).
 * Every level must be present and Patient..Image need at least one column
 * (two for the linked levels). Errors name the line and token, e.g.
 * "dicom.sql:12: unknown DICOM type DT_FOO". Returns 0, DG_EPARSE or -ENOMEM. */
int schema_parse(const char *text, size_t len, int truncate, const char *source,
                 struct schema **out, char *err, size_t errlen);

/* schema_parse of a file; -errno when it cannot be read. */
int schema_load(const char *path, int truncate, struct schema **out, char *err, size_t errlen);

void schema_free(struct schema *s);

/* 1 when the entry is a column of its table (not a worklist sequence mark). */
int schema_is_column(const struct schema_column *c);

/* The column of `level` that holds (group,element), or NULL. */
const struct schema_column *schema_find(const struct schema *s, enum schema_level level,
                                        uint16_t group, uint16_t element);

/* Conquest's `dgate -k` listing ("**\tDatabase Description dump", ...). */
void schema_dump(const struct schema *s, FILE *fp);

/* Symbolic names as written in dicom.sql. */
const char *schema_sql_type_name(enum schema_sql_type t);
const char *schema_dicom_type_name(enum schema_dicom_type t);

#endif
