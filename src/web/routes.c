/* The one list of the web server's routes (routes.h). The first route whose
 * method and pattern match answers, so the static files' catch-all "/{*}"
 * stays last. */
#include "web/routes.h"

#include <stddef.h>

const struct web_route *const web_routes[] = {
    web_status_routes,
    web_rendered_routes,
    web_wado_uri_routes,
    web_qido_routes,
    web_wado_routes,
    web_frames_routes,
    web_stow_routes,
    web_delete_routes,
    web_zip_routes,
    web_static_routes, /* last: GET /{*} */
    NULL,
};
