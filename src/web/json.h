/* DICOM JSON (PS3.18 Annex F) of a dataset: the model QIDO-RS answers and
 * WADO-RS metadata are written in. Text is made UTF-8 from the dataset's
 * Specific Character Set; bulk values (ds_elem_is_bulk) become BulkDataURIs.
 * Not HTTP, nor where the dataset comes from (qido.c, wado.c). */
#ifndef DG_WEB_JSON_H
#define DG_WEB_JSON_H

#include "dicom/dataset.h"
#include "util/buf.h"

struct json_opts {
    /* The URL bulk values are found under: the instance's URL followed by
     * "/bulkdata". An element's BulkDataURI is this followed by its path:
     * "/GGGGEEEE" at the top level, "/GGGGEEEE/I/GGGGEEEE" inside item I
     * (from 0) of a sequence, and so on. NULL: bulk values are left out. */
    const char *bulk_url;
    /* The dataset is kept metadata (metadata.h), whose bulk values were cut
     * to nothing: an empty value of a bytes VR stands for one and is given
     * by reference too. */
    int kept;
};

/* Append the JSON object of ds ("{...}") to out. Returns 0, -ENOMEM,
 * DG_ETOOBIG (out's cap) or DG_ECHARSET (Specific Character Set unknown). */
int json_dataset(const struct ds *ds, const struct json_opts *o, struct buf *out);

/* Append s (len bytes of UTF-8) as a JSON string, quotes included. */
int json_string(const char *s, size_t len, struct buf *out);

#endif
