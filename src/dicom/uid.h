/* DICOM UIDs (PS3.5 9.1): checking that a string is one, and making new ones
 * under dicom.ini's UIDPrefix that are unique across threads, processes and
 * restarts. Not a registry of well-known UIDs (that is the dictionary's). */
#ifndef DG_DICOM_UID_H
#define DG_DICOM_UID_H

#include <stddef.h>
#include <stdint.h>

#define UID_MAX_LEN 64

/* How strictly a UID is checked.
 * UID_STRICT is PS3.5 9.1: digits and dots, no empty component, and no
 * leading zero in a component of more than one digit. Use it for the UIDs we
 * make and for tools that validate.
 * UID_LENIENT drops the leading-zero rule: real modalities send "1.2.03" and
 * Conquest accepts it, and PS3.5 and PS3.4 ask a receiver to be tolerant of
 * what it can still handle safely. It keeps every rule that matters for
 * safety: only digits and dots (never '/' or a space), no empty component
 * (so never ".", "..", a leading or a trailing dot), at most 64 characters,
 * so a lenient UID can still go into a path or a fixed-size field. Use it
 * for every UID that comes from a peer or a file. */
enum uid_mode { UID_STRICT, UID_LENIENT };

/* 0 when p[0..len) is a UID under `mode`: 1 to 64 characters, digits and
 * dots, no empty component and (UID_STRICT) no leading zero. Else DG_EUID.
 * Padding is not allowed here; strip it first with uid_unpad(). */
int uid_check(const uint8_t *p, size_t len, enum uid_mode mode);

/* uid_check on a NUL-terminated string; NULL is not a UID. */
int uid_check_str(const char *s, enum uid_mode mode);

/* The length of a UID value without its one trailing pad byte (NUL, or
 * the space some writers use), as read from a dataset. */
size_t uid_unpad(const uint8_t *p, size_t len);

/* Make a new UID into out (outlen >= UID_MAX_LEN + 1): `prefix` followed by
 * ".<start time in ms>.<pid>.<counter>", or, when the prefix is empty, not a
 * UID or too long to leave room, "2.25.<random UUID as a decimal>"
 * (PS3.5 B.2). Returns 0, DG_ETOOBIG (outlen) or a negative errno when no
 * random bytes can be read. */
int uid_generate(const char *prefix, char *out, size_t outlen);

#endif
