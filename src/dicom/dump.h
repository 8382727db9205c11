/* Printing datasets one element per line, close to dcmdump's format:
 *   (0008,0005) CS [ISO_IR 100]                             #  10, 1 SpecificCharacterSet
 * with items and nested elements indented. Used by `dgate --dump`, and
 * `dgate -f?` for the one UID. */
#ifndef DG_DICOM_DUMP_H
#define DG_DICOM_DUMP_H

#include <stdio.h>

#include "dicom/dataset.h"
#include "dicom/part10.h"

/* Print the elements of ds (and its items) at indentation level `depth`. */
void dump_ds(FILE *out, const struct ds *ds, int depth);
/* Print a file as read: meta header, then dataset, with dcmdump's headings. */
void dump_file(FILE *out, const struct p10_file *f);
/* `dgate --dump FILE`: read FILE and print it to stdout; 0 or 1 (the error
 * is printed to stderr). */
int dump_main(const char *path);
/* `dgate -f?FILE`: print the file's SOPInstanceUID (its header read only);
 * 0, or 1 with the reason on stderr. */
int dump_sop_uid(const char *path);

#endif
