/* DICOM UIDs (PS3.5 9.1): checking that a string is one, and making new ones
 * under dicom.ini's UIDPrefix that are unique across threads, processes and
 * restarts. Not a registry of well-known UIDs (that is the dictionary's). */
#ifndef DG_DICOM_UID_H
#define DG_DICOM_UID_H

#include <stddef.h>
#include <stdint.h>

#define UID_MAX_LEN 64

/* 0 when p[0..len) is a UID: 1 to 64 characters, digits and dots only,
 * no empty component (so no leading or trailing '.'), no leading zero in a
 * component of more than one digit. Else DG_EUID. Padding is not allowed
 * here; strip it first with uid_unpad(). */
int uid_check(const uint8_t *p, size_t len);

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
