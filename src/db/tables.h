/* Creating the index tables from dicom.sql: Conquest's tables, columns,
 * types and index names, so that a database made by either program works
 * with the other. `dgate -i`, the first step of `dgate -r`, and the
 * non-destructive create-if-absent used by package installs and upgrades. */
#ifndef DG_DB_TABLES_H
#define DG_DB_TABLES_H

#include "db/db.h"
#include "db/schema.h"

#include <stdio.h>

/* The extra columns every table gets after its dicom.sql columns. */
#define TABLES_ACCESS_TIME "AccessTime"
#define TABLES_OBJECT_FILE "ObjectFile"
#define TABLES_DEVICE_NAME "DeviceName"

enum tables_mode {
    TABLES_WITH_INDICES = 0, /* -i / -r */
    TABLES_NO_INDICES = 1,   /* -i1 / -r1 */
    TABLES_WORKLIST_ONLY = 2 /* -i2: only the worklist, dropped even when it has rows */
};

/* Drop and create the tables as Conquest's InitializeTables does: the
 * worklist is kept when it holds rows. Progress lines ("Dropping Existing
 * tables (if-any)", "Worklist is empty", ..., "Image Database") go to out. */
int tables_init(struct db *db, const struct schema *s, enum tables_mode mode, FILE *out);

/* Create each table (with its indices) that does not exist yet; never drop
 * anything. *created (may be NULL) gets how many tables were made. Lines
 * saying what was done go to out unless it is NULL. */
int tables_create_missing(struct db *db, const struct schema *s, FILE *out, int *created);

/* Check that each existing table has every column dicom.sql names and the
 * extra ones (AccessTime; ObjectFile and DeviceName of the images): an index
 * made from another dicom.sql, or changed by hand, is reported at start,
 * one warning per missing column, instead of failing each store. Nothing is
 * changed. *missing gets the number of missing columns. */
int tables_check_columns(struct db *db, const struct schema *s, int *missing);

/* 1 when any table of the index exists, 0 when none does (a new index),
 * or a negative error code. */
int tables_any_exist(struct db *db, const struct schema *s);

#endif
