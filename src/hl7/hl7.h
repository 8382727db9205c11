/* HL7 version 2 messages as bytes: a file (or a stream of MLLP blocks) cut
 * into messages and segments, the separators each message declares in its
 * MSH segment, and the value of one field or component with its escape
 * sequences decoded. A pure parser, beside dicom/ rather than in core/:
 * HL7 is a data format like DICOM's, that any layer may read (the
 * --loadhl7 job today, an HL7 listener one day), and it needs nothing but
 * memory. It knows nothing of the worklist or of character sets: values
 * come out as the message's bytes (MSH-18 says what they mean). */
#ifndef DG_HL7_HL7_H
#define DG_HL7_HL7_H

#include <stddef.h>
#include <stdint.h>

/* Limits that make a hostile file an error, not a memory hog. */
#define HL7_MAX_INPUT (16u << 20) /* bytes of one file */
#define HL7_MAX_FIELD 65536       /* bytes of one field */
#define HL7_MAX_SEGMENTS 100000   /* segments of one file, all messages together */

/* A parsed file: its messages; owns a copy of the bytes. */
struct hl7_batch;
/* One message of a batch (valid while the batch lives). */
struct hl7_msg;

/* Parse len bytes: segments end at CR, LF or CR LF; the MLLP framing bytes
 * 0x0B and 0x1C end segments too (and blank lines are skipped); each MSH
 * segment begins a message and declares its field separator and encoding
 * characters (component, repetition, escape, subcomponent; the first is
 * required, the others may be absent). Returns 0; DG_EPARSE with a message
 * in err for a file that does not start with MSH, a malformed MSH, a
 * segment whose name is not three capitals or digits, control bytes (other
 * than TAB) inside a segment, a field longer than HL7_MAX_FIELD; DG_ETOOBIG
 * for more than HL7_MAX_INPUT bytes or HL7_MAX_SEGMENTS segments; -ENOMEM. */
int hl7_parse(const uint8_t *p, size_t len, struct hl7_batch **out, char *err, size_t errlen);
void hl7_free(struct hl7_batch *b);

size_t hl7_message_count(const struct hl7_batch *b);
const struct hl7_msg *hl7_message(const struct hl7_batch *b, size_t i);

/* How many segments named seg ("OBR") the message has. */
size_t hl7_segment_count(const struct hl7_msg *m, const char *seg);

/* The value of field `field` (HL7's numbering: PID-5 is the fifth field
 * after the segment name; MSH-1 is the field separator itself and MSH-2
 * the encoding characters) of occurrence `occ` (from 0) of segment seg:
 * the first repetition, and of it component `component` (from 1; 0 = the
 * whole repetition, its component separators kept, as Conquest keeps the
 * '^' of a person name). Escape sequences are decoded: \F\ \S\ \T\ \R\ \E\
 * give the separators and the escape character, \Xhh..\ the bytes it
 * spells (when none is a control byte), \H\ and \N\ (highlighting) are
 * dropped; anything else stays as written. The value (not NUL-terminated)
 * is written to out; *len gets its length. Returns 0 (an absent field is
 * an empty value), or DG_ETOOBIG when outlen is too small. */
int hl7_value(const struct hl7_msg *m, const char *seg, size_t occ, int field, int component,
              char *out, size_t outlen, size_t *len);

#endif
