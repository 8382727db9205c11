/* The web server's users file (WebUsers): lines "name:hash:roles", the hash
 * a crypt(3) hash of libxcrypt, the roles comma-separated from read,
 * upload, delete and admin (admin has every role). Parsing it, checking a
 * password against it in the same time whether the name is known or not,
 * and writing one user's line (dgate --webuser). Not who must log in, nor
 * HTTP (login.c). */
#ifndef DG_WEB_AUTH_H
#define DG_WEB_AUTH_H

#include <stddef.h>

struct config;
struct web_users;

/* Parse a users file's text; file names it in the warnings. A line that
 * is not "name:hash:roles" with a valid name, a crypt hash ("$...") and
 * known roles, or that repeats a name, is left out with a warning (its
 * user cannot log in); *bad counts them. Returns 0 or -ENOMEM. */
int web_users_parse(const char *text, const char *file, struct web_users **out, int *bad);
/* The same from a file; DG_ENOTFOUND when it does not exist (*out is then
 * an empty list), else an error with a message in err. */
int web_users_load(const char *path, struct web_users **out, char *err, size_t errlen);
void web_users_free(struct web_users *u);
size_t web_users_count(const struct web_users *u);

/* 0 with the user's roles (WEB_ROLE_*) when name and password match a
 * line, else -EACCES. An unknown name costs one hash too, so that the time
 * taken does not tell which names exist. */
int web_users_verify(const struct web_users *u, const char *name, const char *password,
                     unsigned *roles);

/* Two hashes equal, compared in a time that depends on their lengths only
 * (a hash's length is no secret; where its bytes differ would be). */
int web_hash_equal(const char *a, const char *b);

/* "read,upload" -> WEB_ROLE_READ | WEB_ROLE_UPLOAD (admin: every role);
 * DG_EPARSE for an empty list or an unknown role. */
int web_roles_parse(const char *s, size_t len, unsigned *roles);

/* A new "$y$" (yescrypt) hash of password into out. Returns 0 or -EIO. */
int web_password_hash(const char *password, char *out, size_t outlen);

/* Add or replace the line of name in the users file at path (made when
 * absent), with a new hash of password: written to a temporary file in the
 * same directory (mode 0600), synced and renamed over it, so that a reader
 * sees the old file or the new one. Comments and other lines are kept.
 * Returns 0 or an error with a message in err. */
int web_users_set(const char *path, const char *name, const char *roles, const char *password,
                  char *err, size_t errlen);

/* dgate --webuser:NAME:ROLES: the password from stdin (without echo on a
 * terminal), written with web_users_set to WebUsers. The exit status. */
int web_users_job(const struct config *cfg, const char *spec);

#endif
