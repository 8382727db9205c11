/* DICOM Part-10 files (PS3.10): 128-byte preamble, "DICM", the file meta
 * information (group 0002, always Explicit VR LE), then the dataset in the
 * transfer syntax the meta header names. Also reads files without a meta
 * header (raw Implicit VR LE, Conquest's .v2) or with a meta header in
 * implicit VR (old writers), writes whole files, streams a
 * received dataset to disk chunk by chunk, and reads just the header of a
 * file (stopping before the pixel data, reading in chunks). */
#ifndef DG_DICOM_PART10_H
#define DG_DICOM_PART10_H

#include <stddef.h>
#include <stdint.h>

#include "dicom/encoding.h"
#include "dicom/dataset.h"
#include "dicom/ts.h"

#define P10_PREAMBLE_LEN 128
#define P10_UID_MAX 64

/* A file read into memory. Both datasets' values point into `data`. */
struct p10_file {
    struct ds *meta;              /* group 0002; empty when the file had none */
    struct ds *ds;                /* the dataset (without the pixel data for header reads) */
    const struct ts *ts;          /* the dataset's transfer syntax */
    int has_meta;                 /* 1 when preamble + DICM + meta were present */
    char ts_uid[P10_UID_MAX + 1]; /* from the meta header, or the one guessed */
    size_t dataset_offset;        /* where the dataset starts in the file */
    uint8_t *data;                /* the bytes read (owned) */
    size_t len;
};

/* Read a whole file. opts may be NULL (defaults). On error *f is left empty
 * (nothing to close). Returns 0, -errno, DG_EPARSE, DG_ETRUNC, DG_ETOOBIG,
 * DG_EDEPTH, DG_EUNSUPPORTED (unknown transfer syntax). */
int p10_read_file(const char *path, const struct enc_opts *opts, struct p10_file *f);
/* Read only up to the top-level pixel data (enc_opts.stop_before_pixels),
 * reading the file in growing chunks: pixel bytes are read only as far as
 * the last chunk reached past the header, never the whole pixel data. */
int p10_read_header(const char *path, const struct enc_opts *opts, struct p10_file *f);
/* p10_read_header on an open file (a stored object opened without following
 * links, archive/): read from its start whatever the descriptor's position,
 * which is left as it was; the descriptor stays open. */
int p10_read_header_fd(int fd, const struct enc_opts *opts, struct p10_file *f);
/* p10_read_file on an open file, as p10_read_header_fd. */
int p10_read_file_fd(int fd, const struct enc_opts *opts, struct p10_file *f);
/* Parse a file image in memory; the bytes are copied into f->data. */
int p10_read_mem(const uint8_t *p, size_t len, const struct enc_opts *opts, struct p10_file *f);
/* Free what a successful read returned; a zeroed struct is fine. */
void p10_close(struct p10_file *f);

/* What goes into a meta header we write. */
struct p10_meta_info {
    const char *sop_class_uid;    /* (0002,0002) */
    const char *sop_instance_uid; /* (0002,0003) */
    const char *ts_uid;           /* (0002,0010) */
    const char *source_ae;        /* (0002,0016), NULL to omit */
};

/* Append preamble + DICM + meta header (our implementation class UID and
 * version name, ident.h) to out. */
int p10_encode_meta(const struct p10_meta_info *mi, struct buf *out);

/* Write `ds` as a Part-10 file in transfer syntax ts_uid (one of the four
 * uncompressed ones, or an encapsulated one when the pixel data already is).
 * SOP class and instance come from (0008,0016) and (0008,0018). The file is
 * written to path.tmp and renamed, so readers never see half a file. */
int p10_write_file(const char *path, const struct ds *ds, const char *ts_uid,
                   const char *source_ae);

/* A received dataset streams to disk as p10_encode_meta's bytes followed by
 * the dataset's bytes as they arrive, through the MAG device's writer
 * (archive/mag.h), which owns temporary files and the atomic rename. */

#endif
