/* Writing orders into the worklist table (DICOMWorkList of dicom.sql), as
 * the --loadhl7 job makes them: the values of one row per order, stored the
 * way the index stores an image's (trailing spaces removed, an empty value
 * NULL, a value longer than its column cut to it), all rows of a load in
 * one transaction. Reading the worklist is the C-FIND's (core/query.h). */
#ifndef DG_DB_WORKLIST_H
#define DG_DB_WORKLIST_H

#include "db/db.h"
#include "db/schema.h"

#include <stddef.h>

/* Write nrows rows. Row r's value of the worklist table's entry i
 * (s->tables[SCHEMA_WORKLIST].columns[i]; the values of sequence marks are
 * ignored) is values[r * ncolumns + i], UTF-8 text or DB_NULL. A row with
 * an AccessionNumber (0008,0050) replaces the rows that hold the same one
 * (a changed or re-sent order is listed once); AccessTime is the time of
 * the load. All or nothing: returns 0, or DG_EDB / DG_EDBGONE / DG_EDBBUSY /
 * -ENOMEM with nothing written (the reason in db_error). */
int worklist_write(struct db *db, const struct schema *s, const struct db_value *values,
                   size_t nrows);

#endif
