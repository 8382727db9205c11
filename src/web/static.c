/* GET /{*}: the web interface's files from WebRoot. A path is opened one
 * component at a time with openat and O_NOFOLLOW, starting from WebRoot, so
 * nothing outside it is ever served: ".." is refused (the router refuses it
 * already; this file does not rely on that) and a symbolic link anywhere
 * below WebRoot is not followed. A directory answers with its index.html. */
#include "config/config.h"
#include "util/error.h"
#include "web/routes.h"
#include "web/web.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#define MAX_COMPONENT 255

static const struct {
    const char *ext;
    const char *type;
} types[] = {
    {"html", "text/html; charset=utf-8"},
    {"js", "text/javascript; charset=utf-8"},
    {"mjs", "text/javascript; charset=utf-8"},
    {"css", "text/css; charset=utf-8"},
    {"json", "application/json"},
    {"txt", "text/plain; charset=utf-8"},
    {"svg", "image/svg+xml"},
    {"png", "image/png"},
    {"jpg", "image/jpeg"},
    {"jpeg", "image/jpeg"},
    {"gif", "image/gif"},
    {"ico", "image/x-icon"},
    {"webp", "image/webp"},
    {"woff", "font/woff"},
    {"woff2", "font/woff2"},
    {"wasm", "application/wasm"},
    {"map", "application/json"},
};

static const char *content_type(const char *name)
{
    const char *dot = strrchr(name, '.');

    if (dot)
        for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
            if (strcasecmp(dot + 1, types[i].ext) == 0)
                return types[i].type;
    return "application/octet-stream";
}

/* Replace *dir by the entry name below it (O_NOFOLLOW); -errno. */
static int step(int *dir, const char *name, int flags)
{
    int fd;

    if (!name[0] || strcmp(name, ".") == 0 || strcmp(name, "..") == 0)
        return -ENOENT;
    /* O_NONBLOCK: a FIFO below WebRoot must not hold the thread (and the
     * stop) for ever; it is then refused as not a regular file. */
    fd = openat(*dir, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | flags);
    if (fd < 0)
        return -errno;
    close(*dir);
    *dir = fd;
    return 0;
}

/* Open rest (components separated by '/') below root; a directory gives
 * its index.html. Returns the descriptor of a regular file or -errno. */
static int open_below(const char *root, const char *rest, char *name, size_t namecap)
{
    int fd = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    struct stat st;
    const char *p = rest;
    int rc = 0;

    if (fd < 0)
        return -errno;
    snprintf(name, namecap, "index.html");
    while (rc == 0 && *p) {
        size_t n = strcspn(p, "/");
        char comp[MAX_COMPONENT + 1];
        if (n > MAX_COMPONENT) {
            rc = -ENAMETOOLONG;
            break;
        }
        memcpy(comp, p, n);
        comp[n] = '\0';
        p += n;
        while (*p == '/')
            p++;
        if (n == 0)
            continue;
        rc = step(&fd, comp, *p ? O_DIRECTORY : 0);
        snprintf(name, namecap, "%s", comp);
    }
    if (rc == 0 && fstat(fd, &st) != 0)
        rc = -errno;
    if (rc == 0 && S_ISDIR(st.st_mode)) {
        rc = step(&fd, "index.html", 0);
        snprintf(name, namecap, "index.html");
        if (rc == 0 && fstat(fd, &st) != 0)
            rc = -errno;
    }
    if (rc == 0 && !S_ISREG(st.st_mode))
        rc = -ENOENT;
    if (rc) {
        close(fd);
        return rc;
    }
    return fd;
}

static ssize_t read_file(void *ctx, uint8_t *p, size_t cap)
{
    int fd = (int)(intptr_t)ctx;
    ssize_t n;

    do
        n = read(fd, p, cap);
    while (n < 0 && errno == EINTR);
    return n < 0 ? -errno : n;
}

static void close_file(void *ctx)
{
    close((int)(intptr_t)ctx);
}

static int serve_file(struct web_request *r)
{
    const char *rest = web_param(r, "*");
    char name[MAX_COMPONENT + 1];
    struct stat st;
    int fd = open_below(web_context(r)->cfg->web_root, rest ? rest : "", name, sizeof name);

    if (fd == -EACCES)
        return web_respond_error(r, 403, "%s: not readable", web_path(r));
    if (fd < 0)
        return DG_ENOTFOUND;
    if (fstat(fd, &st) != 0) {
        close(fd);
        return -errno;
    }
    return web_respond_stream(r, 200, content_type(name), (long long)st.st_size, read_file,
                              (void *)(intptr_t)fd, close_file);
}

const struct web_route web_static_routes[] = {
    {"GET", "/{*}", WEB_ROLE_READ, serve_file, NULL},
    {NULL, NULL, 0, NULL, NULL},
};
