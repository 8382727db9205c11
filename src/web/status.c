/* GET /api/status (what this dgate is: version, AE, ports, index, MAG
 * devices and their free space, object counts) and GET /api/whoami (the
 * user and roles a request gets), as JSON for the web interface. */
#include "archive/mag.h"
#include "config/config.h"
#include "db/db.h"
#include "db/schema.h"
#include "util/buf.h"
#include "util/error.h"
#include "web/routes.h"
#include "web/json.h"
#include "web/web.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#define JSON_MAX (64u * 1024)

static int put(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static int put(struct buf *b, const char *fmt, ...)
{
    char tmp[256];
    va_list ap;
    int n;

    va_start(ap, fmt);
    n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < 0 || (size_t)n >= sizeof tmp)
        return DG_ETOOBIG;
    return buf_append(b, tmp, (size_t)n);
}

/* s as a JSON string (json.c's rules). */
static int put_string(struct buf *b, const char *s)
{
    return json_string(s, strlen(s), b);
}

static int put_counts(struct buf *b, struct web_request *r)
{
    static const char *const names[] = {"patients", "studies", "series", "instances"};
    const struct schema *schema = web_context(r)->schema;
    struct db *db;
    int rc = web_db(r, &db);

    for (int level = SCHEMA_PATIENT; rc == 0 && level <= SCHEMA_IMAGE; level++) {
        const char *table = schema->tables[level].table;
        struct db_select q = {.tables = &table, .ntables = 1};
        long long n;
        rc = db_count(db, &q, &n);
        if (rc == 0)
            rc = put(b, "%s\"%s\":%lld", level ? "," : "", names[level], n);
    }
    return rc;
}

static int status(struct web_request *r)
{
    const struct config *cfg = web_context(r)->cfg;
    struct buf b;
    struct db *db;
    int rc;

    rc = web_db(r, &db);
    if (rc)
        return rc;
    buf_init(&b, JSON_MAX);
    rc = put(&b, "{\"version\":");
    if (rc == 0)
        rc = put_string(&b, VERSION);
    if (rc == 0)
        rc = put(&b, ",\"ae\":");
    if (rc == 0)
        rc = put_string(&b, cfg->my_ae);
    if (rc == 0)
        rc = put(&b, ",\"port\":%d,\"web_port\":%d,\"database\":{\"backend\":", cfg->tcp_port,
                 cfg->web_port);
    if (rc == 0)
        rc = put_string(&b, db_backend_name(db));
    if (rc == 0)
        rc = put(&b, ",\"name\":");
    if (rc == 0)
        rc = put_string(&b, cfg->sql_server);
    if (rc == 0)
        rc = put(&b, "},\"mag\":[");
    for (int i = 0; rc == 0 && i < cfg->mag_devices; i++) {
        uint64_t free_bytes = 0;
        int ok = mag_free_space(cfg->mag[i], &free_bytes) == 0;
        rc = put(&b, "%s{\"name\":\"MAG%d\",\"path\":", i ? "," : "", i);
        if (rc == 0)
            rc = put_string(&b, cfg->mag[i]);
        if (rc == 0 && ok)
            rc = put(&b, ",\"free_mb\":%llu}", (unsigned long long)(free_bytes >> 20));
        else if (rc == 0)
            rc = put(&b, ",\"free_mb\":null}");
    }
    if (rc == 0)
        rc = put(&b, "],\"connections\":{\"web\":%d,\"dicom\":%d}", web_connections(),
                 web_context(r)->associations ? web_context(r)->associations() : 0);
    if (rc == 0)
        rc = put(&b, ",\"counts\":{");
    if (rc == 0)
        rc = put_counts(&b, r);
    if (rc == 0)
        rc = put(&b, "}}\n");
    if (rc == 0)
        rc = web_respond(r, 200, "application/json", b.data, b.len);
    buf_free(&b);
    return rc;
}

static int whoami(struct web_request *r)
{
    static const struct {
        unsigned role;
        const char *name;
    } roles[] = {{WEB_ROLE_READ, "read"},
                 {WEB_ROLE_UPLOAD, "upload"},
                 {WEB_ROLE_DELETE, "delete"},
                 {WEB_ROLE_ADMIN, "admin"}};
    unsigned have = web_roles(r);
    struct buf b;
    int rc, first = 1;

    buf_init(&b, JSON_MAX);
    rc = put(&b, "{\"user\":");
    if (rc == 0)
        rc = put_string(&b, web_user(r));
    if (rc == 0)
        rc = put(&b, ",\"roles\":[");
    for (size_t i = 0; rc == 0 && i < sizeof roles / sizeof roles[0]; i++) {
        if (!(have & roles[i].role))
            continue;
        rc = put(&b, "%s\"%s\"", first ? "" : ",", roles[i].name);
        first = 0;
    }
    if (rc == 0)
        rc = put(&b, "]}\n");
    if (rc == 0)
        rc = web_respond(r, 200, "application/json", b.data, b.len);
    buf_free(&b);
    return rc;
}

const struct web_route web_status_routes[] = {
    {"GET", "/api/status", WEB_ROLE_READ, status, NULL},
    {"GET", "/api/whoami", 0, whoami, NULL},
    {NULL, NULL, 0, NULL, NULL},
};
