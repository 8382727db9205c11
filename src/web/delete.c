/* DELETE /dicom-web/studies/{study}[/series/{series}[/instances/{instance}]]
 * (role delete): the objects go, rows and files (core/delete.c), and the
 * answer is 204, or 404 when nothing matched. Not part of PS3.18's
 * Studies Service, but what DICOMweb servers offer under these paths. */
#include "web/routes.h"

#include "core/delete.h"
#include "core/ingest.h"
#include "util/error.h"

#include <stdio.h>

static int delete_handle(struct web_request *r)
{
    const struct web_ctx *ctx = web_context(r);
    struct delete_target t = {.study = web_param(r, "study"),
                              .series = web_param(r, "series"),
                              .instance = web_param(r, "instance")};
    struct db *db;
    struct index *ix;
    char who[160];
    long n = 0;
    int rc = web_db(r, &db);

    if (rc == 0)
        rc = web_index(r, &ix);
    if (rc)
        return rc;
    snprintf(who, sizeof who, "%s via DICOMweb from %s", web_user(r), web_peer(r));
    rc = delete_objects(db, ctx->schema, ix, ctx->ingest->archive, &t, who, &n);
    if (rc == DG_ENOTFOUND)
        return web_respond_error(r, 404, "nothing stored under %s", web_path(r));
    if (rc)
        return rc;
    return web_respond(r, 204, NULL, NULL, 0);
}

const struct web_route web_delete_routes[] = {
    {"DELETE", "/dicom-web/studies/{study}", WEB_ROLE_DELETE, delete_handle, NULL},
    {"DELETE", "/dicom-web/studies/{study}/series/{series}", WEB_ROLE_DELETE, delete_handle, NULL},
    {"DELETE", "/dicom-web/studies/{study}/series/{series}/instances/{instance}", WEB_ROLE_DELETE,
     delete_handle, NULL},
    {NULL, NULL, 0, NULL, NULL},
};
