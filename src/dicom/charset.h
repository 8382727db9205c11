/* Character sets of DICOM text: the value of Specific Character Set (0008,0005)
 * parsed once, values decoded to UTF-8 (for indexing and matching names) and
 * UTF-8 encoded back into a requested set (for C-FIND responses). Works on raw
 * value bytes; it knows nothing of datasets and never changes stored bytes. */
#ifndef DG_DICOM_CHARSET_H
#define DG_DICOM_CHARSET_H

#include "util/buf.h"

#include <stddef.h>
#include <stdint.h>

/* Values of Specific Character Set kept; a longer list is DG_ECHARSET. */
#define CS_MAX_TERMS 8

/* A parsed Specific Character Set. Callers allocate it; the fields are
 * private to charset.c. */
struct cs_spec {
    uint8_t nterms;     /* number of values, at least 1 */
    uint8_t extensions; /* 1: ISO 2022 escape sequences are honoured */
    uint8_t term[CS_MAX_TERMS];
};

/* Where a value resets the ISO 2022 state to the initial one (PS3.5
 * 6.1.2.5.3): every kind resets at CR, LF, FF and TAB; CS_STRING also at the
 * value delimiter '\'; CS_PN also at '^' and '='. */
enum cs_kind {
    CS_TEXT,   /* ST, LT, UT: one value, '\' is an ordinary character */
    CS_STRING, /* SH, LO, UC and the other multi-valued strings */
    CS_PN,     /* person names */
};

/* An iconv cache. Opening iconv handles is expensive, so each thread (one
 * per association) keeps one converter and reuses it; a converter must not
 * be used by two threads at once. */
struct cs_conv;

/* Parse the raw value of (0008,0005): backslash-separated, padded, value 1
 * possibly empty (= ISO 2022 IR 6). An empty value means the default
 * repertoire. Returns 0 or DG_ECHARSET for an unknown term, a term that may
 * not appear where it does, or more than CS_MAX_TERMS values. */
int cs_spec_parse(const uint8_t *scs, size_t len, struct cs_spec *spec);

/* The kind of a two-letter VR ("PN", "LT", ...); strings that are not text
 * or names are CS_STRING. */
enum cs_kind cs_kind_for_vr(const char *vr);

int cs_conv_new(struct cs_conv **out);
void cs_conv_free(struct cs_conv *cv);

/* The calling thread's converter, created on first use and freed when the
 * thread exits; NULL when out of memory. */
struct cs_conv *cs_thread_conv(void);

/* Decode a value to UTF-8, appended to `out`. Bytes that are invalid in
 * their set, unknown or truncated escape sequences and control characters
 * other than CR, LF, FF and TAB become U+FFFD; their count is added to
 * *nbad when nbad is not NULL. Bytes above 0x7F in the default repertoire
 * (no Specific Character Set, or no G1 set designated) are read as UTF-8
 * when the run of them is valid UTF-8, else as Latin-1: the two encodings
 * that unlabelled real-world files use. Returns 0, -ENOMEM, DG_ETOOBIG (out's
 * cap) or DG_ECHARSET (this C library's iconv lacks a needed set). */
int cs_to_utf8(struct cs_conv *cv, const struct cs_spec *spec, enum cs_kind kind, const uint8_t *p,
               size_t len, struct buf *out, size_t *nbad);

/* Encode a UTF-8 value into the set(s) of `spec`, appended to `out`. With
 * code extensions the escape sequences of PS3.5 6.1.2.5 are written: each
 * character uses the first set of the spec that has it, the initial set is
 * restored before every delimiter of `kind`, control character and at the
 * end. Returns 0, -ENOMEM, DG_ETOOBIG, or DG_ECHARSET when the input is not
 * valid UTF-8 or a character cannot be represented. */
int cs_from_utf8(struct cs_conv *cv, const struct cs_spec *spec, enum cs_kind kind,
                 const uint8_t *p, size_t len, struct buf *out);

#endif
