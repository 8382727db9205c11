/* The users file of the web server: parsing, password checks and one
 * user's line written atomically; see auth.h. */
#include "web/auth.h"
#include "config/config.h"
#include "util/error.h"
#include "util/file.h"
#include "util/log.h"
#include "web/web.h"

#include <crypt.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

#define NAME_MAX_LEN 64
#define PASSWORD_MAX_LEN 1024
#define USERS_FILE_MAX (1u << 20)

struct web_user {
    char *name;
    char *hash;
    unsigned roles;
};

struct web_users {
    struct web_user *user;
    size_t n;
    /* Checked against for a name not in the file, so that an unknown name
     * and a wrong password take the same time. */
    char dummy[CRYPT_OUTPUT_SIZE];
};

static int name_ok(const char *s, size_t n)
{
    if (n == 0 || n > NAME_MAX_LEN)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') ||
              (s[i] >= '0' && s[i] <= '9') || strchr("._@-", s[i])))
            return 0;
    return 1;
}

int web_roles_parse(const char *s, size_t len, unsigned *roles)
{
    static const struct {
        const char *name;
        unsigned roles;
    } known[] = {{"read", WEB_ROLE_READ},
                 {"upload", WEB_ROLE_UPLOAD},
                 {"delete", WEB_ROLE_DELETE},
                 {"admin", WEB_ROLES_ALL}};
    const char *end = s + len;

    *roles = 0;
    while (s < end) {
        const char *comma = memchr(s, ',', (size_t)(end - s));
        const char *e = comma ? comma : end;
        size_t i;

        while (s < e && *s == ' ')
            s++;
        while (e > s && e[-1] == ' ')
            e--;
        for (i = 0; i < sizeof known / sizeof known[0]; i++)
            if (strlen(known[i].name) == (size_t)(e - s) && memcmp(known[i].name, s, e - s) == 0)
                break;
        if (i == sizeof known / sizeof known[0])
            return DG_EPARSE;
        *roles |= known[i].roles;
        s = comma ? comma + 1 : end;
    }
    return *roles ? 0 : DG_EPARSE;
}

int web_password_hash(const char *password, char *out, size_t outlen)
{
    char salt[CRYPT_GENSALT_OUTPUT_SIZE];
    struct crypt_data *cd;
    const char *h;
    int rc = -EIO;

    /* NULL random bytes: libxcrypt takes them from the kernel. */
    if (!crypt_gensalt_rn("$y$", 0, NULL, 0, salt, (int)sizeof salt))
        return -EIO;
    cd = calloc(1, sizeof *cd);
    if (!cd)
        return -ENOMEM;
    h = crypt_rn(password, salt, cd, (int)sizeof *cd);
    if (h && h[0] == '$' && strlen(h) < outlen) {
        strcpy(out, h);
        rc = 0;
    }
    free(cd);
    return rc;
}

int web_hash_equal(const char *a, const char *b)
{
    size_t na = strlen(a), nb = strlen(b);
    unsigned char d = na != nb;

    for (size_t i = 0; i < nb; i++)
        d |= (unsigned char)(a[i < na ? i : 0] ^ b[i]);
    return d == 0;
}

int web_users_verify(const struct web_users *u, const char *name, const char *password,
                     unsigned *roles)
{
    const struct web_user *found = NULL;
    struct crypt_data *cd;
    const char *h;
    int ok;

    *roles = 0;
    for (size_t i = 0; i < u->n; i++)
        if (strcmp(u->user[i].name, name) == 0)
            found = &u->user[i];
    cd = calloc(1, sizeof *cd);
    if (!cd)
        return -ENOMEM;
    h = crypt_rn(password, found ? found->hash : u->dummy, cd, (int)sizeof *cd);
    ok = h && h[0] == '$' && web_hash_equal(h, found ? found->hash : u->dummy) && found;
    free(cd);
    if (!ok)
        return -EACCES;
    *roles = found->roles;
    return 0;
}

static int add_user(struct web_users *u, const char *name, size_t nn, const char *hash, size_t hn,
                    unsigned roles)
{
    struct web_user *a = realloc(u->user, (u->n + 1) * sizeof *u->user);

    if (!a)
        return -ENOMEM;
    u->user = a;
    a[u->n].name = strndup(name, nn);
    a[u->n].hash = strndup(hash, hn);
    a[u->n].roles = roles;
    if (!a[u->n].name || !a[u->n].hash) {
        free(a[u->n].name);
        free(a[u->n].hash);
        return -ENOMEM;
    }
    u->n++;
    return 0;
}

/* One line, without its newline: 0 (added, or a blank line or a comment),
 * DG_EPARSE with the reason in *why, or -ENOMEM. */
static int parse_line(struct web_users *u, const char *line, size_t len, const char **why)
{
    const char *c1, *c2, *end = line + len;
    unsigned roles;

    while (end > line && strchr(" \t\r", end[-1]))
        end--;
    while (line < end && strchr(" \t", *line))
        line++;
    if (line == end || *line == '#')
        return 0;
    c1 = memchr(line, ':', (size_t)(end - line));
    c2 = c1 ? memchr(c1 + 1, ':', (size_t)(end - c1 - 1)) : NULL;
    *why = "not name:hash:roles";
    if (!c2 || memchr(c2 + 1, ':', (size_t)(end - c2 - 1)))
        return DG_EPARSE;
    *why = "a name of letters, digits and ._@- (at most 64) is needed";
    if (!name_ok(line, (size_t)(c1 - line)))
        return DG_EPARSE;
    *why = "the hash is not a crypt(3) hash (dgate --webuser makes one)";
    if (c2 - c1 < 3 || c1[1] != '$')
        return DG_EPARSE;
    *why = "roles are read, upload, delete or admin, comma-separated";
    if (web_roles_parse(c2 + 1, (size_t)(end - c2 - 1), &roles) != 0)
        return DG_EPARSE;
    *why = "the name is in the file already";
    for (size_t i = 0; i < u->n; i++)
        if (strlen(u->user[i].name) == (size_t)(c1 - line) &&
            memcmp(u->user[i].name, line, c1 - line) == 0)
            return DG_EPARSE;
    return add_user(u, line, (size_t)(c1 - line), c1 + 1, (size_t)(c2 - c1 - 1), roles);
}

int web_users_parse(const char *text, const char *file, struct web_users **out, int *bad)
{
    struct web_users *u = calloc(1, sizeof *u);
    unsigned lineno = 0;
    int rc = 0;

    *out = NULL;
    *bad = 0;
    if (!u)
        return -ENOMEM;
    if (web_password_hash("no such user", u->dummy, sizeof u->dummy) != 0) {
        web_users_free(u);
        return -EIO;
    }
    while (rc == 0 && *text) {
        size_t len = strcspn(text, "\n");
        const char *why = "";

        lineno++;
        rc = parse_line(u, text, len, &why);
        if (rc == DG_EPARSE) {
            log_warn("%s:%u: %s: line left out", file, lineno, why);
            (*bad)++;
            rc = 0;
        }
        text += len + (text[len] == '\n');
    }
    if (rc) {
        web_users_free(u);
        return rc;
    }
    *out = u;
    return 0;
}

int web_users_load(const char *path, struct web_users **out, char *err, size_t errlen)
{
    char *text = NULL;
    size_t len;
    int rc, bad;

    rc = file_read_all(path, USERS_FILE_MAX, &text, &len, err, errlen);
    if (rc == -ENOENT) {
        rc = web_users_parse("", path, out, &bad);
        snprintf(err, errlen, "%s: no such file", path);
        return rc ? rc : DG_ENOTFOUND;
    }
    if (rc)
        return rc;
    rc = web_users_parse(text, path, out, &bad);
    free(text);
    if (rc)
        snprintf(err, errlen, "%s: %s", path, dg_strerror(rc));
    return rc;
}

void web_users_free(struct web_users *u)
{
    if (!u)
        return;
    for (size_t i = 0; i < u->n; i++) {
        free(u->user[i].name);
        free(u->user[i].hash);
    }
    free(u->user);
    free(u);
}

size_t web_users_count(const struct web_users *u)
{
    return u->n;
}

/* Does line (up to its newline) belong to name? */
static int line_of(const char *line, const char *name)
{
    size_t n = strlen(name);

    while (*line == ' ' || *line == '\t')
        line++;
    return strncmp(line, name, n) == 0 && line[n] == ':';
}

/* The file's text with name's line replaced by (or, when it has none,
 * followed by) entry. */
static char *replace_line(const char *old, const char *name, const char *entry)
{
    size_t cap = strlen(old) + strlen(entry) + 2, used = 0;
    char *text = malloc(cap + 1);
    int placed = 0;

    if (!text)
        return NULL;
    while (*old) {
        size_t len = strcspn(old, "\n");
        if (!line_of(old, name)) {
            memcpy(text + used, old, len);
            used += len;
            text[used++] = '\n';
        } else if (!placed) {
            used += (size_t)sprintf(text + used, "%s\n", entry);
            placed = 1;
        }
        old += len + (old[len] == '\n');
    }
    if (!placed)
        used += (size_t)sprintf(text + used, "%s\n", entry);
    text[used] = '\0';
    return text;
}

/* Write text to path through a temporary file beside it and a rename. */
static int write_atomically(const char *path, const char *text, char *err, size_t errlen)
{
    char tmp[PATH_MAX];
    int fd, rc;

    if (snprintf(tmp, sizeof tmp, "%s.XXXXXX", path) >= (int)sizeof tmp) {
        snprintf(err, errlen, "%s: path too long", path);
        return -ENAMETOOLONG;
    }
    fd = mkstemp(tmp); /* mode 0600 */
    if (fd < 0) {
        rc = -errno;
        snprintf(err, errlen, "cannot create a file beside %s: %s", path, strerror(errno));
        return rc;
    }
    rc = file_write_all(fd, text, strlen(text));
    if (rc == 0 && fchmod(fd, 0600) != 0)
        rc = -errno;
    if (rc == 0 && fsync(fd) != 0)
        rc = -errno;
    if (close(fd) != 0 && rc == 0)
        rc = -errno;
    if (rc == 0 && rename(tmp, path) != 0)
        rc = -errno;
    if (rc) {
        snprintf(err, errlen, "cannot write %s: %s", path, strerror(-rc));
        unlink(tmp);
    }
    return rc;
}

int web_users_set(const char *path, const char *name, const char *roles, const char *password,
                  char *err, size_t errlen)
{
    char hash[CRYPT_OUTPUT_SIZE], entry[NAME_MAX_LEN + CRYPT_OUTPUT_SIZE + 64];
    char *old = NULL, *text;
    unsigned r;
    size_t len;
    int rc;

    if (!name_ok(name, strlen(name))) {
        snprintf(err, errlen, "'%s': a user name is 1 to 64 letters, digits and ._@-", name);
        return DG_EPARSE;
    }
    if (web_roles_parse(roles, strlen(roles), &r) != 0 || strlen(roles) > 32) {
        snprintf(err, errlen, "'%s': roles are read, upload, delete or admin, comma-separated",
                 roles);
        return DG_EPARSE;
    }
    if (!password[0]) {
        snprintf(err, errlen, "an empty password is not allowed");
        return DG_EPARSE;
    }
    rc = web_password_hash(password, hash, sizeof hash);
    if (rc) {
        snprintf(err, errlen, "cannot hash the password: %s", dg_strerror(rc));
        return rc;
    }
    snprintf(entry, sizeof entry, "%s:%s:%s", name, hash, roles);
    rc = file_read_all(path, USERS_FILE_MAX, &old, &len, err, errlen);
    if (rc == -ENOENT)
        old = strdup("# dgate's web users: name:hash:roles (dgate --webuser:NAME:ROLES)\n");
    else if (rc)
        return rc;
    if (!old)
        return -ENOMEM;
    text = replace_line(old, name, entry);
    free(old);
    if (!text)
        return -ENOMEM;
    rc = write_atomically(path, text, err, errlen);
    free(text);
    return rc;
}

/* One line of stdin, without echo when it is a terminal. */
static int read_password(const char *name, char *out, size_t outlen)
{
    struct termios saved, quiet;
    int tty = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &saved) == 0;
    char *got;

    if (tty) {
        fprintf(stderr, "Password for %s: ", name);
        quiet = saved;
        quiet.c_lflag &= ~(tcflag_t)ECHO;
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    got = fgets(out, (int)outlen, stdin);
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        fputc('\n', stderr);
    }
    if (!got)
        return DG_EPARSE;
    out[strcspn(out, "\r\n")] = '\0';
    return 0;
}

int web_users_job(const struct config *cfg, const char *spec)
{
    char name[NAME_MAX_LEN + 2], password[PASSWORD_MAX_LEN], err[PATH_MAX + 256];
    const char *colon = strchr(spec, ':');
    int rc;

    if (!colon || (size_t)(colon - spec) >= sizeof name || !colon[1]) {
        fprintf(stderr, "dgate: --webuser:NAME:ROLES needs a user name and roles (read, upload, "
                        "delete, admin, comma-separated)\n");
        return 2;
    }
    memcpy(name, spec, (size_t)(colon - spec));
    name[colon - spec] = '\0';
    if (read_password(name, password, sizeof password) != 0) {
        fprintf(stderr, "dgate: no password on stdin\n");
        return 1;
    }
    rc = web_users_set(cfg->web_users, name, colon + 1, password, err, sizeof err);
    explicit_bzero(password, sizeof password);
    if (rc) {
        fprintf(stderr, "dgate: %s\n", err);
        return 1;
    }
    printf("%s: %s has roles %s\n", cfg->web_users, name, colon + 1);
    return 0;
}
