/* dgate --loadhl7:FILE, Conquest's way of filling the Modality Worklist:
 * each order of the HL7 v2 order messages (ORM, OMI, OMG) in a file becomes
 * one row of the worklist table, its values taken from the message as the
 * HL7 column of dicom.sql's WorkList block says: `SEG.N` (field N of
 * segment SEG, its components kept: "Zijp^Lambert"), `SEG.N.M` (component
 * M of it, counted from 0 as Conquest counts: OBR.4.0 is the first),
 * `SEG.N.DATE` / `SEG.N.TIME` (the date and the time of an HL7 timestamp),
 * `*AN` (a new 16-digit accession number), `*UI` (a new UID), `---`
 * (nothing). An order is one OBR segment; other segments come from the
 * same order's occurrence when the message repeats them (ORC), else from
 * their first. Text is made UTF-8 from the character set MSH-18 names. A
 * file is loaded whole or not at all. */
#ifndef DG_CORE_LOADHL7_H
#define DG_CORE_LOADHL7_H

#include "config/config.h"
#include "db/db.h"
#include "db/schema.h"
#include "hl7/hl7.h"
#include "util/buf.h"

#include <stdio.h>

/* The rows of a file, for worklist_write: values[r * ncolumns + i] is row
 * r's value of the worklist table's entry i (NULL for sequence marks and
 * for columns whose source says nothing). */
struct loadhl7_rows {
    struct db_value *values;
    size_t nrows, ncolumns;
    struct buf text; /* the values' bytes */
};

/* Make the rows of batch b. Messages that are not orders, and orders
 * without an OBR segment, are skipped with a line on notes (may be NULL).
 * uid_prefix makes `*UI` UIDs (uid_generate). Returns 0; DG_EPARSE with
 * err for an HL7 source in dicom.sql that is none of the forms above, or a
 * character set in MSH-18 we do not know; DG_ETOOBIG when the values pass
 * 64 MiB; -ENOMEM. Free with loadhl7_rows_free whatever it returns. */
int loadhl7_rows(const struct schema *s, const struct hl7_batch *b, const char *uid_prefix,
                 struct loadhl7_rows *out, FILE *notes, char *err, size_t errlen);
void loadhl7_rows_free(struct loadhl7_rows *r);

/* The job: read and parse path, make its rows, write them (worklist_write);
 * says what it did on stdout, or why it loaded nothing on stderr. Returns
 * the exit code: 0, or 1 with nothing written. */
int loadhl7_job(const struct config *cfg, const char *path);

#endif
