/* The web server's daemon and request API (web.h) over libmicrohttpd: one
 * thread per connection, so handlers may block on the database and files.
 * MHD's own URL unescaping is turned off: the path is split into segments
 * first and each is percent-decoded on its own, so that "%2F" can never make
 * a new segment and "." or ".." (written plainly or as %2e) is refused
 * before any route sees it. */
#include "web/web.h"
#include "config/config.h"
#include "db/db.h"
#include "db/index.h"
#include "listen/listener.h"
#include "util/error.h"
#include "util/file.h"
#include "util/log.h"
#include "util/str.h"
#include "web/login.h"
#include "web/mhd_lib.h"
#include "web/routes.h"
#include "web/urlpath.h"
#include "web/watchdog.h"

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define MAX_PARAMS 8
#define MAX_HEADERS 16
/* Request line and headers of one request (MHD answers 431 beyond). */
#define CONNECTION_MEMORY (64u * 1024)
#define STREAM_BLOCK (64u * 1024)
#define THREAD_STACK (1024u * 1024)

/* One HTTP connection: the index connections its requests share, and the
 * deadline of its request heads. */
struct web_conn {
    struct db *db;
    struct index *ix;
    struct web_watch *watch;
};

struct name_value {
    char *name;
    char *value;
};

struct web_request {
    struct MHD_Connection *mc;
    struct web_conn *conn;
    const char *method;
    struct url_path url; /* the path, decoded segment by segment */
    const struct web_route *route;
    struct {
        const char *name; /* into the route's pattern, without braces */
        size_t namelen;
        const char *value;
    } param[MAX_PARAMS];
    size_t nparam;
    char *rest; /* what "{*}" matched */
    struct name_value *args;
    size_t nargs;
    int bad_arg; /* a query argument that does not decode */
    struct name_value hdr[MAX_HEADERS];
    size_t nhdr;
    unsigned roles;
    const char *user;
    char user_name[72]; /* the user logged in, which user points to */
    char peer[64];
    char base_url[320];
    long long length;            /* Content-Length, or -1 */
    unsigned long long received; /* body bytes so far */
    int body_err;                /* the body was refused: answered at the end */
    unsigned status;             /* of the response, once queued */
    int admitted;                /* routed and authorised: its handler runs */
    void *state;
    void (*state_free)(void *);
};

static struct {
    struct MHD_Daemon *daemon;
    const struct web_ctx *ctx;
    int tls;
    char address[80];
    char *cert, *key; /* PEM, kept while the daemon runs */
} W;

/* ---- The request API. ---- */

const struct web_ctx *web_context(const struct web_request *r)
{
    (void)r;
    return W.ctx;
}

const char *web_path(const struct web_request *r)
{
    return r->url.path;
}

const char *web_param(const struct web_request *r, const char *name)
{
    if (strcmp(name, "*") == 0)
        return r->rest;
    for (size_t i = 0; i < r->nparam; i++)
        if (strlen(name) == r->param[i].namelen &&
            strncmp(r->param[i].name, name, r->param[i].namelen) == 0)
            return r->param[i].value;
    return NULL;
}

const char *web_arg(const struct web_request *r, const char *name)
{
    for (size_t i = 0; i < r->nargs; i++)
        if (strcmp(r->args[i].name, name) == 0)
            return r->args[i].value;
    return NULL;
}

int web_args_each(const struct web_request *r,
                  int (*fn)(void *ctx, const char *name, const char *value), void *ctx)
{
    for (size_t i = 0; i < r->nargs; i++) {
        int rc = fn(ctx, r->args[i].name, r->args[i].value);
        if (rc)
            return rc;
    }
    return 0;
}

const char *web_header(const struct web_request *r, const char *name)
{
    return libmhd.MHD_lookup_connection_value(r->mc, MHD_HEADER_KIND, name);
}

const char *web_user(const struct web_request *r)
{
    return r->user;
}

unsigned web_roles(const struct web_request *r)
{
    return r->roles;
}

const char *web_peer(const struct web_request *r)
{
    return r->peer;
}

/* A Host header we may copy into URLs: a name, an IPv4 or a [v6] address,
 * and an optional port. */
static int host_ok(const char *h)
{
    size_t n = strlen(h);

    if (n == 0 || n > 255)
        return 0;
    for (const char *p = h; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
              strchr(".-:[]", *p)))
            return 0;
    return 1;
}

const char *web_base_url(const struct web_request *r)
{
    const char *host = web_header(r, MHD_HTTP_HEADER_HOST);

    snprintf((char *)r->base_url, sizeof r->base_url, "%s://%s", W.tls ? "https" : "http",
             host && host_ok(host) ? host : W.address);
    return r->base_url;
}

void web_set_state(struct web_request *r, void *state, void (*free_fn)(void *))
{
    r->state = state;
    r->state_free = free_fn;
}

void *web_state(const struct web_request *r)
{
    return r->state;
}

int web_db(struct web_request *r, struct db **out)
{
    char err[1024];
    int rc;

    if (!r->conn->db) {
        rc = db_open(W.ctx->cfg, &r->conn->db, err, sizeof err);
        if (rc) {
            log_error("web: cannot open the index database: %s", err);
            return rc;
        }
    }
    *out = r->conn->db;
    return 0;
}

int web_index(struct web_request *r, struct index **out)
{
    struct db *db;
    int rc;

    if (!r->conn->ix) {
        rc = web_db(r, &db);
        if (rc)
            return rc;
        rc = index_open(W.ctx->cfg, W.ctx->schema, db, &r->conn->ix);
        if (rc) {
            log_error("web: cannot open the index: %s", dg_strerror(rc));
            return rc;
        }
    }
    *out = r->conn->ix;
    return 0;
}

int web_add_header(struct web_request *r, const char *name, const char *value)
{
    if (r->nhdr == MAX_HEADERS)
        return DG_ETOOBIG;
    r->hdr[r->nhdr].name = strdup(name);
    r->hdr[r->nhdr].value = strdup(value);
    if (!r->hdr[r->nhdr].name || !r->hdr[r->nhdr].value) {
        free(r->hdr[r->nhdr].name);
        free(r->hdr[r->nhdr].value);
        return -ENOMEM;
    }
    r->nhdr++;
    return 0;
}

/* Add the request's headers (and CORS) to resp and queue it. */
static int queue(struct web_request *r, unsigned status, const char *content_type,
                 struct MHD_Response *resp)
{
    const char *origin = W.ctx->cfg->web_cors_origin;
    int ok = 1;

    if (!resp)
        return -ENOMEM;
    if (content_type)
        ok &= libmhd.MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE, content_type) ==
              MHD_YES;
    if (origin[0])
        ok &= libmhd.MHD_add_response_header(resp, MHD_HTTP_HEADER_ACCESS_CONTROL_ALLOW_ORIGIN,
                                             origin) == MHD_YES;
    for (size_t i = 0; i < r->nhdr; i++)
        ok &= libmhd.MHD_add_response_header(resp, r->hdr[i].name, r->hdr[i].value) == MHD_YES;
    if (ok)
        ok = libmhd.MHD_queue_response(r->mc, status, resp) == MHD_YES;
    libmhd.MHD_destroy_response(resp);
    if (!ok)
        return DG_EUNSUPPORTED;
    r->status = status;
    return 0;
}

int web_respond(struct web_request *r, unsigned status, const char *content_type, const void *body,
                size_t len)
{
    return queue(r, status, content_type,
                 libmhd.MHD_create_response_from_buffer(len, (void *)body, MHD_RESPMEM_MUST_COPY));
}

struct stream {
    web_read_fn read;
    void *ctx;
    void (*done)(void *ctx);
};

static ssize_t stream_read(void *cls, uint64_t pos, char *buf, size_t max)
{
    struct stream *s = cls;
    ssize_t n = s->read(s->ctx, (uint8_t *)buf, max);

    (void)pos;
    if (n < 0) {
        log_warn("web: a response ends early: %s", dg_strerror((int)n));
        return MHD_CONTENT_READER_END_WITH_ERROR;
    }
    return n == 0 ? MHD_CONTENT_READER_END_OF_STREAM : n;
}

static void stream_free(void *cls)
{
    struct stream *s = cls;

    if (s->done)
        s->done(s->ctx);
    free(s);
}

int web_respond_stream(struct web_request *r, unsigned status, const char *content_type,
                       long long length, web_read_fn read, void *ctx, void (*done)(void *ctx))
{
    struct stream *s = malloc(sizeof *s);
    struct MHD_Response *resp;

    if (!s) {
        if (done)
            done(ctx);
        return -ENOMEM;
    }
    s->read = read;
    s->ctx = ctx;
    s->done = done;
    /* From here stream_free runs (and with it done) whatever happens. */
    resp =
        libmhd.MHD_create_response_from_callback(length < 0 ? MHD_SIZE_UNKNOWN : (uint64_t)length,
                                                 STREAM_BLOCK, stream_read, s, stream_free);
    if (!resp) {
        stream_free(s);
        return -ENOMEM;
    }
    return queue(r, status, content_type, resp);
}

int web_respond_error(struct web_request *r, unsigned status, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    int n;

    va_start(ap, fmt);
    n = vsnprintf(msg, sizeof msg - 1, fmt, ap);
    va_end(ap);
    if (n < 0)
        n = 0;
    if ((size_t)n > sizeof msg - 2)
        n = sizeof msg - 2;
    log_warn("web: %s %s %s from %s: %u %s", r->method, r->url.path ? r->url.path : "?", r->user,
             r->peer, status, msg);
    msg[n++] = '\n';
    return web_respond(r, status, "text/plain; charset=utf-8", msg, (size_t)n);
}

void web_log_change(const struct web_request *r, const char *fmt, ...)
{
    char msg[512];
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    log_user("web: %s, by %s from %s", msg, strcmp(r->user, "-") == 0 ? "(no login)" : r->user,
             r->peer);
}

int web_connections(void)
{
    const union MHD_DaemonInfo *di =
        W.daemon ? libmhd.MHD_get_daemon_info(W.daemon, MHD_DAEMON_INFO_CURRENT_CONNECTIONS) : NULL;

    return di ? (int)di->num_connections : 0;
}

unsigned web_status_of(int err)
{
    switch (err) {
    case DG_ENOTFOUND:
        return 404;
    case DG_EPARSE:
    case DG_EUID:
    case DG_ETRUNC:
    case DG_EMISMATCH:
        return 400;
    case DG_ETOOBIG:
        return 413;
    case DG_EUNSUPPORTED:
        return 406;
    case DG_ECONFLICT:
        return 409;
    case DG_EDB:
    case DG_EDBGONE:
    case DG_EDBBUSY:
        return 503;
    case -ENOSPC:
        return 507;
    default:
        return 500;
    }
}

/* ---- Parsing a request. ---- */

static enum MHD_Result add_arg(void *cls, enum MHD_ValueKind kind, const char *key,
                               const char *value)
{
    struct web_request *r = cls;
    struct name_value *a;
    size_t kn = strlen(key), vn = value ? strlen(value) : 0;

    (void)kind;
    a = realloc(r->args, (r->nargs + 1) * sizeof *r->args);
    if (!a) {
        r->bad_arg = -ENOMEM;
        return MHD_NO;
    }
    r->args = a;
    a = &r->args[r->nargs];
    a->name = malloc(kn + 1);
    a->value = malloc(vn + 1);
    if (!a->name || !a->value) {
        free(a->name);
        free(a->value);
        r->bad_arg = -ENOMEM;
        return MHD_NO;
    }
    r->nargs++;
    if (url_decode(key, kn, a->name) != 0 || url_decode(value ? value : "", vn, a->value) != 0) {
        r->bad_arg = DG_EPARSE;
        return MHD_NO;
    }
    return MHD_YES;
}

/* Does the route's pattern match the path? Fills the parameters. */
static int match(struct web_request *r, const char *pattern)
{
    size_t i = 0;
    const char *p = pattern;

    r->nparam = 0;
    free(r->rest);
    r->rest = NULL;
    while (*p == '/') {
        const char *seg = ++p;
        size_t n = strcspn(seg, "/");
        p = seg + n;
        if (n == 3 && strncmp(seg, "{*}", 3) == 0) {
            size_t len = 0;
            for (size_t k = i; k < r->url.nseg; k++)
                len += strlen(r->url.seg[k]) + 1;
            r->rest = calloc(1, len + 1);
            if (!r->rest)
                return 0;
            for (size_t k = i; k < r->url.nseg; k++) {
                if (k > i)
                    strcat(r->rest, "/");
                strcat(r->rest, r->url.seg[k]);
            }
            return 1;
        }
        if (i == r->url.nseg)
            return 0;
        if (n >= 2 && seg[0] == '{' && seg[n - 1] == '}') {
            if (!r->url.seg[i][0] || r->nparam == MAX_PARAMS)
                return 0;
            r->param[r->nparam].name = seg + 1;
            r->param[r->nparam].namelen = n - 2;
            r->param[r->nparam].value = r->url.seg[i];
            r->nparam++;
        } else if (strlen(r->url.seg[i]) != n || strncmp(r->url.seg[i], seg, n) != 0) {
            return 0;
        }
        i++;
    }
    return i == r->url.nseg;
}

static int method_ok(const struct web_route *rt, const char *method)
{
    return strcmp(rt->method, method) == 0 ||
           (strcmp(rt->method, "GET") == 0 && strcmp(method, "HEAD") == 0);
}

/* The route for the request: 0, DG_ENOTFOUND (no pattern matches) or
 * DG_EUNSUPPORTED (a pattern matches, not with this method). */
static int find_route(struct web_request *r)
{
    int path_matched = 0;

    for (size_t m = 0; web_routes[m]; m++)
        for (const struct web_route *rt = web_routes[m]; rt->pattern; rt++) {
            if (!match(r, rt->pattern))
                continue;
            if (method_ok(rt, r->method)) {
                r->route = rt;
                return 0;
            }
            path_matched = 1;
        }
    return path_matched ? DG_EUNSUPPORTED : DG_ENOTFOUND;
}

/* The methods the request's path takes, for Allow: "GET, HEAD, OPTIONS";
 * "" when no route's pattern matches it. */
static void allowed_methods(struct web_request *r, char *out, size_t outlen)
{
    static const char *const methods[] = {"GET", "POST", "DELETE"};
    int found[3] = {0, 0, 0}, any = 0;

    for (size_t m = 0; web_routes[m]; m++)
        for (const struct web_route *rt = web_routes[m]; rt->pattern; rt++)
            for (int i = 0; i < 3; i++)
                if (!found[i] && strcmp(rt->method, methods[i]) == 0 && match(r, rt->pattern))
                    found[i] = any = 1;
    snprintf(out, outlen, "%s%s%s%s", found[0] ? "GET, HEAD, " : "", found[1] ? "POST, " : "",
             found[2] ? "DELETE, " : "", any ? "OPTIONS" : "");
}

/* OPTIONS: the methods of the path; for a CORS preflight from WebCORSOrigin
 * (a browser sends it without a login) also what the real request may
 * carry. */
static int options(struct web_request *r)
{
    char allow[64];
    int rc;

    allowed_methods(r, allow, sizeof allow);
    if (!allow[0])
        return web_respond_error(r, 404, "no such resource");
    rc = web_add_header(r, MHD_HTTP_HEADER_ALLOW, allow);
    if (rc == 0 && W.ctx->cfg->web_cors_origin[0]) {
        rc = web_add_header(r, MHD_HTTP_HEADER_ACCESS_CONTROL_ALLOW_METHODS, allow);
        if (rc == 0)
            rc = web_add_header(r, "Access-Control-Allow-Headers",
                                "Authorization, Content-Type, Accept");
        if (rc == 0)
            rc = web_add_header(r, "Access-Control-Max-Age", "600");
    }
    return rc ? rc : web_respond(r, 204, NULL, "", 0);
}

/* Who asks: every role without a login when none is needed (or none is
 * sent from a loopback peer under WebAuthentication = remote); else the
 * user and roles of the Basic login, or -EACCES (401). */
static int authenticate(struct web_request *r, const struct sockaddr *peer)
{
    enum web_login_need need = web_login_need(peer);
    char *name = NULL, *password = NULL;
    int rc = 0;

    r->user = "-";
    r->roles = 0;
    if (need != WEB_LOGIN_NONE)
        name = libmhd.MHD_basic_auth_get_username_password(r->mc, &password);
    if (!name) {
        if (need == WEB_LOGIN_REQUIRED)
            rc = -EACCES;
        else
            r->roles = WEB_ROLES_ALL;
    } else {
        rc = web_login_check(peer, name, password ? password : "", &r->roles);
        if (rc == 0) {
            /* auth.c's names are short and printable. */
            str_copy(r->user_name, name, sizeof r->user_name);
            r->user = r->user_name;
        }
    }
    if (password) {
        explicit_bzero(password, strlen(password));
        libmhd.MHD_free(password);
    }
    if (name)
        libmhd.MHD_free(name);
    return rc;
}

static void request_free(struct web_request *r)
{
    if (r->state_free)
        r->state_free(r->state);
    for (size_t i = 0; i < r->nargs; i++) {
        free(r->args[i].name);
        free(r->args[i].value);
    }
    for (size_t i = 0; i < r->nhdr; i++) {
        free(r->hdr[i].name);
        free(r->hdr[i].value);
    }
    free(r->args);
    free(r->rest);
    url_path_free(&r->url);
    free(r);
}

/* The first call for a request: parse, route and authorise it. Returns 0,
 * or a response has been queued (or could not be: the caller closes). */
static int begin(struct web_request *r, const char *url, const char *method)
{
    const union MHD_ConnectionInfo *ci;
    const struct sockaddr *peer;
    const char *cl;
    unsigned long long max = (unsigned long long)W.ctx->cfg->web_max_upload_mb << 20;
    int rc;

    ci = libmhd.MHD_get_connection_info(r->mc, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
    peer = ci->client_addr;
    listener_format_peer(peer, r->peer, sizeof r->peer);
    ci = libmhd.MHD_get_connection_info(r->mc, MHD_CONNECTION_INFO_SOCKET_CONTEXT);
    r->conn = ci->socket_context;
    if (!r->conn)
        return web_respond_error(r, 500, "out of memory");
    web_watch_head(r->conn->watch, 0);
    r->method = method;
    r->length = -1;
    cl = web_header(r, MHD_HTTP_HEADER_CONTENT_LENGTH);
    if (cl) {
        long n;
        if (str_to_long(cl, 0, LONG_MAX, &n) == 0)
            r->length = n;
    }
    rc = url_split(url, &r->url);
    if (rc == 0)
        libmhd.MHD_get_connection_values(r->mc, MHD_GET_ARGUMENT_KIND, add_arg, r);
    if (rc == 0)
        rc = r->bad_arg;
    if (rc)
        return web_respond_error(r, rc == -ENOMEM ? 500 : 400, "bad request path or query");
    if (strcmp(method, MHD_HTTP_METHOD_OPTIONS) == 0)
        return options(r);
    if (authenticate(r, peer) != 0) {
        web_add_header(r, MHD_HTTP_HEADER_WWW_AUTHENTICATE, "Basic realm=\"dgate\"");
        return web_respond_error(r, 401, "login required");
    }
    rc = find_route(r);
    if (rc == DG_ENOTFOUND)
        return web_respond_error(r, 404, "no such resource");
    if (rc) {
        char allow[64];
        allowed_methods(r, allow, sizeof allow);
        web_add_header(r, MHD_HTTP_HEADER_ALLOW, allow);
        return web_respond_error(r, 405, "method %s not allowed here", method);
    }
    if ((r->route->roles & r->roles) != r->route->roles)
        return web_respond_error(r, 403, "not allowed for %s", r->user);
    if (r->length > 0 && !r->route->body)
        return web_respond_error(r, 413, "this resource takes no request body");
    if (r->length > 0 && (unsigned long long)r->length > max)
        return web_respond_error(r, 413, "request body over WebMaxUpload (%d MB)",
                                 W.ctx->cfg->web_max_upload_mb);
    r->admitted = 1;
    return 0;
}

/* A chunk of the body: to the route, or counted and dropped once refused.
 * MHD_NO (close the connection) past twice WebMaxUpload. */
static enum MHD_Result body_chunk(struct web_request *r, const char *data, size_t n)
{
    unsigned long long max = (unsigned long long)W.ctx->cfg->web_max_upload_mb << 20;

    r->received += n;
    if (r->received > max) {
        /* A body without Content-Length (chunked) grew past the cap: the
         * route sees no more of it, and the rest is read and dropped so
         * that the client gets its 413 at the end (libmicrohttpd takes no
         * response while a body is still arriving). One still sending at
         * twice the cap is cut off. */
        if (r->received > 2 * max) {
            log_warn("web: %s %s from %s: request body past twice WebMaxUpload (%d MB): closed",
                     r->method, r->url.path, r->peer, W.ctx->cfg->web_max_upload_mb);
            return MHD_NO;
        }
        r->body_err = DG_ETOOBIG;
        return MHD_YES;
    }
    if (r->body_err)
        return MHD_YES;
    if (!r->route->body)
        r->body_err = DG_ETOOBIG;
    else
        r->body_err = r->route->body(r, (const uint8_t *)data, n);
    return MHD_YES;
}

/* The request is complete: answer it. */
static int finish(struct web_request *r)
{
    int rc = r->body_err;

    if (rc == 0)
        rc = r->route->handle(r);
    if (r->status)
        return 0;
    if (rc == 0) {
        log_error("web: %s %s answered nothing", r->method, r->url.path);
        rc = -EIO;
    }
    return web_respond_error(r, rc == DG_EUNSUPPORTED && r->received ? 415 : web_status_of(rc),
                             "%s", dg_strerror(rc));
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *mc, const char *url,
                                  const char *method, const char *version, const char *upload,
                                  size_t *upload_size, void **req_cls)
{
    struct web_request *r = *req_cls;

    (void)cls;
    (void)version;
    if (!r) {
        r = calloc(1, sizeof *r);
        if (!r)
            return MHD_NO;
        r->mc = mc;
        r->user = "-";
        *req_cls = r;
        if (begin(r, url, method) != 0)
            return MHD_NO;
        return MHD_YES;
    }
    if (r->status) { /* answered at the start: drop what follows */
        *upload_size = 0;
        return MHD_YES;
    }
    if (*upload_size) {
        enum MHD_Result ok = body_chunk(r, upload, *upload_size);
        *upload_size = 0;
        return ok;
    }
    return finish(r) == 0 ? MHD_YES : MHD_NO;
}

static void on_completed(void *cls, struct MHD_Connection *mc, void **req_cls,
                         enum MHD_RequestTerminationCode toe)
{
    struct web_request *r = *req_cls;
    const union MHD_ConnectionInfo *ci =
        libmhd.MHD_get_connection_info(mc, MHD_CONNECTION_INFO_SOCKET_CONTEXT);

    (void)cls;
    /* Keep-alive: the next request's head has WebTimeout from now. */
    if (ci && ci->socket_context)
        web_watch_head(((struct web_conn *)ci->socket_context)->watch, 1);
    if (!r)
        return;
    if (r->admitted && (strcmp(r->method, "POST") == 0 || strcmp(r->method, "DELETE") == 0))
        web_log_change(r, "%s %s answered %u%s", r->method, r->url.path, r->status,
                       toe == MHD_REQUEST_TERMINATED_COMPLETED_OK ? "" : " (cut)");
    log_debug("web: %s %s %s %s %u%s", r->peer, r->user, r->method, r->url.path ? r->url.path : "?",
              r->status, toe == MHD_REQUEST_TERMINATED_COMPLETED_OK ? "" : " (cut)");
    request_free(r);
    *req_cls = NULL;
}

static void on_connection(void *cls, struct MHD_Connection *mc, void **socket_context,
                          enum MHD_ConnectionNotificationCode toe)
{
    struct web_conn *c = *socket_context;

    (void)cls;
    if (toe == MHD_CONNECTION_NOTIFY_STARTED) {
        const union MHD_ConnectionInfo *fd =
            libmhd.MHD_get_connection_info(mc, MHD_CONNECTION_INFO_CONNECTION_FD);
        const union MHD_ConnectionInfo *ci =
            libmhd.MHD_get_connection_info(mc, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
        char peer[64] = "?";

        /* NULL when out of memory: begin() answers 500. */
        c = calloc(1, sizeof *c);
        if (c && fd && ci) {
            listener_format_peer(ci->client_addr, peer, sizeof peer);
            c->watch = web_watch_add(fd->connect_fd, peer);
        }
        *socket_context = c;
        return;
    }
    if (c) {
        /* libmicrohttpd closes the socket after this. */
        web_watch_remove(c->watch);
        index_close(c->ix);
        if (c->db)
            db_close(c->db);
        free(c);
    }
    *socket_context = NULL;
}

/* Leave the URL as sent: url_split decodes it segment by segment. Query
 * arguments come here too ('+' already made a space): add_arg decodes. */
static size_t no_unescape(void *cls, struct MHD_Connection *mc, char *s)
{
    (void)cls;
    (void)mc;
    return strlen(s);
}

static void mhd_log(void *cls, const char *fmt, va_list ap)
{
    char msg[512];

    (void)cls;
    vsnprintf(msg, sizeof msg, fmt, ap);
    msg[strcspn(msg, "\n")] = '\0';
    log_warn("web: %s", msg);
}

static int read_pem(const char *key, const char *path, char **out)
{
    char err[PATH_MAX + 128];
    size_t len;
    int rc = file_read_all(path, 1 << 20, out, &len, err, sizeof err);

    if (rc)
        log_error("%s: %s", key, err);
    return rc;
}

int web_start(const struct web_ctx *ctx)
{
    const struct config *cfg = ctx->cfg;
    unsigned flags =
        MHD_USE_THREAD_PER_CONNECTION | MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_ERROR_LOG;
    int fd, rc;
    char why[256];

    if (!cfg->web_port)
        return 0;
    if (mhd_lib_load(why, sizeof why) != 0) {
        log_error("WebPort is set but %s (Debian: libmicrohttpd12)", why);
        return DG_EUNSUPPORTED;
    }
    memset(&W, 0, sizeof W);
    W.ctx = ctx;
    rc = web_login_start(cfg);
    if (rc)
        return rc;
    if (cfg->web_certificate[0]) {
        if (!libmhd.MHD_is_feature_supported(MHD_FEATURE_TLS)) {
            log_error("WebCertificate is set but this libmicrohttpd has no TLS");
            return DG_EUNSUPPORTED;
        }
        rc = read_pem("WebCertificate", cfg->web_certificate, &W.cert);
        if (rc == 0)
            rc = read_pem("WebPrivateKey", cfg->web_private_key, &W.key);
        if (rc) {
            web_stop();
            return rc;
        }
        W.tls = 1;
        flags |= MHD_USE_TLS;
    }
    rc = web_watchdog_start((unsigned)cfg->web_timeout);
    if (rc) {
        web_stop();
        return rc;
    }
    rc = listener_bind(cfg->web_bind, cfg->web_port, &fd, W.address, sizeof W.address);
    if (rc) {
        log_error("cannot listen on web port %d: %s%s", cfg->web_port, dg_strerror(rc),
                  listener_bind_hint(rc, cfg->web_port));
        web_stop();
        return rc;
    }
    /* The certificate and key only with TLS (MHD warns otherwise): an
     * array that ends at once without it. */
    struct MHD_OptionItem tls[] = {
        {W.tls ? MHD_OPTION_HTTPS_MEM_CERT : MHD_OPTION_END, 0, W.cert},
        {MHD_OPTION_HTTPS_MEM_KEY, 0, W.key},
        {MHD_OPTION_END, 0, NULL},
    };
    /* The logger first, so that no message goes to MHD's own. */
    W.daemon = libmhd.MHD_start_daemon(
        flags, 0, NULL, NULL, on_request, NULL, MHD_OPTION_EXTERNAL_LOGGER, mhd_log, NULL,
        MHD_OPTION_LISTEN_SOCKET, (MHD_socket)fd, MHD_OPTION_CONNECTION_LIMIT,
        (unsigned)cfg->web_max_connections, MHD_OPTION_PER_IP_CONNECTION_LIMIT,
        (unsigned)cfg->web_max_connections_per_ip, MHD_OPTION_CONNECTION_TIMEOUT,
        (unsigned)cfg->web_timeout, MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)CONNECTION_MEMORY,
        MHD_OPTION_THREAD_STACK_SIZE, (size_t)THREAD_STACK, MHD_OPTION_NOTIFY_COMPLETED,
        on_completed, NULL, MHD_OPTION_NOTIFY_CONNECTION, on_connection, NULL,
        MHD_OPTION_UNESCAPE_CALLBACK, no_unescape, NULL, MHD_OPTION_ARRAY, tls, MHD_OPTION_END);
    if (!W.daemon) {
        log_error("cannot start the web server on %s%s", W.address,
                  W.tls ? " (are WebCertificate and WebPrivateKey a PEM certificate and its key?)"
                        : "");
        close(fd);
        web_stop();
        return -EIO;
    }
    /* "[::]:8080 (IPv6 and IPv4)": the URL part. */
    W.address[strcspn(W.address, " ")] = '\0';
    log_info("web interface on %s://%s/", W.tls ? "https" : "http", W.address);
    return 0;
}

void web_stop(void)
{
    if (W.daemon)
        libmhd.MHD_stop_daemon(W.daemon);
    web_watchdog_stop();
    web_login_stop();
    free(W.cert);
    free(W.key);
    memset(&W, 0, sizeof W);
}
