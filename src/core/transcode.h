/* Transcoding a dataset from one transfer syntax into another, one element
 * and one frame at a time: elements are re-encoded as they stream past, and
 * the Pixel Data is walked frame by frame (its fragments gathered into one
 * frame, decoded by the stored syntax's codec, encoded by the target's), so
 * memory is bounded by a frame and the largest non-pixel element, not by the
 * object (a 2 GB multi-frame transcodes in a few MB). The attributes the
 * pixels' new form changes are rewritten with them: PhotometricInterpretation,
 * PlanarConfiguration, and for lossy output LossyImageCompression "01",
 * LossyImageCompressionRatio and LossyImageCompressionMethod (appended to
 * what is there), and a new SOP Instance UID only where the standard requires
 * it (the result says so). Pure of files and sockets: bytes come from a read
 * callback and go to a write callback, so C-MOVE, C-GET, C-STORE's
 * IncomingCompression, `dgate -jd/-jc` and WADO share it. */
#ifndef DG_CORE_TRANSCODE_H
#define DG_CORE_TRANSCODE_H

#include <stddef.h>
#include <stdint.h>

#include "codec/codec.h"
#include "dicom/uid.h"
#include "util/buf.h"

struct ds;

/* Up to cap bytes into p, *n = 0 at the end (retrieve_read is one). */
typedef int (*transcode_read_fn)(void *arg, uint8_t *p, size_t cap, size_t *n);
/* All n bytes, or an error. */
typedef int (*transcode_write_fn)(void *arg, const uint8_t *p, size_t n);

struct transcode_result {
    int lossy_applied;                  /* this transcoding lost information */
    int new_instance;                   /* sop_instance is a new UID */
    char sop_instance[UID_MAX_LEN + 1]; /* the SOP Instance UID written */
    uint64_t bytes_written;             /* dataset bytes handed to the writer */
};

/* 1 when a dataset in from_ts can be written in to_ts: both uncompressed,
 * or the codecs that need to decode and encode exist (codec_find), else 0. */
int transcode_possible(const char *from_ts, const char *to_ts);

/* Read a dataset (no meta header) encoded in from_ts from rd and write it
 * encoded in to_ts to wr, with opt for a lossy or near-lossless target
 * (NULL: lossless, or the codec's default quality where the target is only
 * lossy). uid_prefix roots a new SOP Instance UID when one is needed.
 * Encapsulated output has an empty Basic Offset Table and one fragment per
 * frame (a stream cannot go back to fill a table). *res is complete as far
 * as sop_instance, new_instance and lossy_applied go before the first byte
 * goes to the writer, so a writer may make a Part-10 meta header from it.
 * Returns 0; DG_EUNSUPPORTED when transcode_possible says no or a codec
 * refuses the image; the codec's errors for the pixels (DG_EPARSE,
 * DG_ETRUNC, DG_EMISMATCH), the decoder's for the dataset (DG_EPARSE,
 * DG_ETRUNC, DG_EDEPTH, DG_ETOOBIG); the callbacks' errors; -ENOMEM. On an
 * error the writer may have had part of the output: the caller discards
 * it (a temporary file, never the stored one). */
int transcode_dataset(const char *from_ts, transcode_read_fn rd, void *rarg, const char *to_ts,
                      const struct codec_options *opt, const char *uid_prefix,
                      transcode_write_fn wr, void *warg, struct transcode_result *res);

/* One frame of a dataset, decoded (core/render.c's input). */
struct transcode_frame {
    struct ds *ds;            /* the elements before the Pixel Data */
    struct codec_image image; /* the frame as decoded: a YBR_FULL_422 JPEG's is RGB */
    uint8_t *pixels;          /* its native samples, codec_frame_size(&image) bytes */
    size_t size;
    struct buf header; /* the bytes ds's values point into */
};

/* Read frame `index` (0-based) of a dataset encoded in from_ts from rd:
 * the elements before the pixel data, then the frames before it read past
 * (compressed ones gathered, not decoded), it decoded, and nothing after it
 * read; memory bounded by a frame, as transcode_dataset. Returns 0;
 * DG_EUNSUPPORTED for a dataset without Pixel Data (float pixels, a report)
 * or a syntax we cannot decode; DG_ENOTFOUND when index is not below
 * NumberOfFrames; transcode_dataset's errors for the dataset and the
 * pixels. *f is to be freed with transcode_frame_free, also after an
 * error. */
int transcode_read_frame(const char *from_ts, transcode_read_fn rd, void *rarg, uint32_t index,
                         struct transcode_frame *f);
void transcode_frame_free(struct transcode_frame *f);

/* The frames of a dataset encoded in ts as stored, in order, without
 * decoding: a native frame's bytes as they are, a compressed frame's
 * fragments gathered (by the Basic or Extended Offset Table, else one
 * fragment a frame, or every fragment for a single frame). What WADO-RS
 * frames and bulk data answer. Memory is bounded by a frame, as for
 * transcode_dataset. */
struct transcode_frames;
/* Read the elements before the Pixel Data and its offset table. Returns 0;
 * DG_ENOTFOUND without Pixel Data; DG_EUNSUPPORTED for a syntax we do not
 * know; read_frame's errors for the dataset (DG_EMISMATCH: an offset table
 * of another frame count). *f is to be closed, also after an error. */
int transcode_frames_open(const char *ts, transcode_read_fn rd, void *rarg,
                          struct transcode_frames **f);
/* NumberOfFrames (1 when absent). */
uint32_t transcode_frames_count(const struct transcode_frames *f);
/* Frame k (0-based) into *p, *n, valid until the next call; frames come in
 * order (DG_EPARSE for one before the last read). DG_ENOTFOUND past the
 * count, DG_ETRUNC when the pixel data ends first (a NumberOfFrames that
 * lies), DG_EPARSE for fragments that are not items or offsets that do not
 * point at fragments. */
int transcode_frames_read(struct transcode_frames *f, uint32_t k, const uint8_t **p, size_t *n);
void transcode_frames_close(struct transcode_frames *f);

#endif
