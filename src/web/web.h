/* The HTTP side of dgate: one libmicrohttpd daemon (thread per connection)
 * on WebPort, and the interface every web handler (DICOMweb, WADO-URI, the
 * web interface's API and files) is written against. A handler sees a
 * request (method, path parameters, query arguments, headers, the user and
 * roles authentication gave it) and answers with a whole body or a stream;
 * it never touches libmicrohttpd. Routes are listed per module
 * (web_route arrays) and gathered in routes.c, as services.c gathers the
 * DIMSE services. Not the DICOM or HTTP semantics of any one endpoint
 * (qido.c, wado.c, ...), nor files or SQL (archive/, db/, through core/). */
#ifndef DG_WEB_WEB_H
#define DG_WEB_WEB_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

struct archive;
struct config;
struct db;
struct index;
struct ingest_env;
struct schema;

/* Read-only after start-up; shared by every request. */
struct web_ctx {
    const struct config *cfg;
    const struct schema *schema;     /* dicom.sql */
    const struct ingest_env *ingest; /* STOW's ingest; ->archive is every MAG device */
    int (*associations)(void);       /* DICOM associations now (for /api/status) */
};

/* Roles of a user (the users file: WebUsers). A route names the roles it
 * needs; an unauthenticated request from loopback (WebAuthentication =
 * remote, the default) has every role. */
enum web_role {
    WEB_ROLE_READ = 1,
    WEB_ROLE_UPLOAD = 2,
    WEB_ROLE_DELETE = 4,
    WEB_ROLE_ADMIN = 8,
    WEB_ROLES_ALL = WEB_ROLE_READ | WEB_ROLE_UPLOAD | WEB_ROLE_DELETE | WEB_ROLE_ADMIN,
};

struct web_request;

/* One endpoint. pattern is a path whose segments are literal or "{name}",
 * which matches one non-empty segment (percent-decoded, no '/', never "."
 * or ".."), read with web_param; a trailing "{*}" matches the rest of the
 * path (the static files). */
struct web_route {
    const char *method;  /* "GET" (also answers HEAD), "POST", "DELETE" */
    const char *pattern; /* "/dicom-web/studies/{study}/series" */
    unsigned roles;      /* every role needed (WEB_ROLE_*) */
    /* Called once the request is complete (after the last body chunk, if
     * any). Answers with one of the web_respond* functions and returns 0;
     * or returns one of our error codes (util/error.h), which becomes an
     * error response (web_status_of) and a log line. */
    int (*handle)(struct web_request *r);
    /* A route that takes a request body streams it here, chunk by chunk,
     * as it arrives (NULL: the route takes no body, and one is refused
     * with 413 unless it is empty). A non-zero return ends the upload: the
     * handler is not called and the error is answered as above. */
    int (*body)(struct web_request *r, const uint8_t *p, size_t n);
};

/* The request. Strings are valid until the response is made. */
const struct web_ctx *web_context(const struct web_request *r);
const char *web_path(const struct web_request *r); /* percent-decoded, no query */
const char *web_param(const struct web_request *r, const char *name); /* {name}, else NULL */
/* A query argument by name (the first when repeated), else NULL. */
const char *web_arg(const struct web_request *r, const char *name);
/* Every query argument in order (repeats too); a non-zero return from fn
 * stops and is returned. */
int web_args_each(const struct web_request *r,
                  int (*fn)(void *ctx, const char *name, const char *value), void *ctx);
/* A request header by name (case-insensitive), else NULL. */
const char *web_header(const struct web_request *r, const char *name);
/* The authenticated user's name, or "-" for a loopback request without a
 * login; for log lines of changes ("deleted study X by alice"). */
const char *web_user(const struct web_request *r);
/* The roles the request has (WEB_ROLE_*), for answers that depend on them
 * (GET /api/whoami). */
unsigned web_roles(const struct web_request *r);
/* The peer, "127.0.0.1:53122" or "[::1]:53122". */
const char *web_peer(const struct web_request *r);
/* "http://host:port" or "https://..." as the client addressed us (the Host
 * header, checked to be a host[:port]; else our bound address), for
 * absolute URLs in answers (RetrieveURL, BulkDataURI). */
const char *web_base_url(const struct web_request *r);

/* State a route keeps across its body chunks and its handler; free_fn (may
 * be NULL) runs when the request ends, answered or not. */
void web_set_state(struct web_request *r, void *state, void (*free_fn)(void *));
void *web_state(const struct web_request *r);

/* The index connections of this HTTP connection, opened at first use and
 * kept for its next requests (keep-alive), closed with it. Errors as
 * db_open / index_open, logged. */
int web_db(struct web_request *r, struct db **out);
int web_index(struct web_request *r, struct index **out);

/* Add a header to the response this request will get (before responding). */
int web_add_header(struct web_request *r, const char *name, const char *value);

/* Respond with a copy of body. */
int web_respond(struct web_request *r, unsigned status, const char *content_type, const void *body,
                size_t len);
/* Respond with the bytes a reader produces, chunked, as the client reads
 * them (memory bounded by what the reader holds). read fills up to cap
 * bytes and returns how many, 0 at the end, or a negative error code, which
 * cuts the connection (the status line has gone). done (may be NULL) frees
 * ctx when the response ends, read to its end or not. A known total length
 * (else -1) is sent as Content-Length. */
typedef ssize_t (*web_read_fn)(void *ctx, uint8_t *p, size_t cap);
int web_respond_stream(struct web_request *r, unsigned status, const char *content_type,
                       long long length, web_read_fn read, void *ctx, void (*done)(void *ctx));
/* An error response: status and a one-line reason (text/plain), also
 * logged as a warning with the request line. */
int web_respond_error(struct web_request *r, unsigned status, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* A change made for the request (an upload, a delete) in PacsUser.log,
 * with who asked: "web: deleted study 1.2.3, by alice from 10.0.0.7:53122".
 * The server also logs every POST and DELETE so, with its status, when it
 * ends; a handler says what it changed. */
void web_log_change(const struct web_request *r, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* The HTTP connections open now (0 when the web server is off). */
int web_connections(void);

/* The HTTP status for one of our error codes: DG_ENOTFOUND 404,
 * DG_EPARSE/DG_EUID/DG_ETRUNC/DG_EMISMATCH 400, DG_ETOOBIG 413,
 * DG_EUNSUPPORTED 406 (or 415 for a body), DG_ECONFLICT 409,
 * DG_EDB/DG_EDBGONE/DG_EDBBUSY 503, -ENOSPC 507, else 500. */
unsigned web_status_of(int err);

/* Start the daemon when cfg->web_port is set (else return 0 at once):
 * bind WebBind:WebPort, HTTPS with WebCertificate/WebPrivateKey, load the
 * users file. Returns 0 or an error (logged). */
int web_start(const struct web_ctx *ctx);
/* Stop it: no new connection, wait for the running requests. */
void web_stop(void);

#endif
