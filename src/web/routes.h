/* The route table of the web server (routes.c): every module's web_route
 * array, in the order they are tried. Internal to src/web; a module adds
 * its array's declaration here and the array to routes.c. */
#ifndef DG_WEB_ROUTES_H
#define DG_WEB_ROUTES_H

#include "web/web.h"

/* NULL-terminated; each array ends with a route whose pattern is NULL. */
extern const struct web_route *const web_routes[];

extern const struct web_route web_status_routes[];
extern const struct web_route web_rendered_routes[];
extern const struct web_route web_wado_uri_routes[];
extern const struct web_route web_qido_routes[];
extern const struct web_route web_wado_routes[];
extern const struct web_route web_frames_routes[];
extern const struct web_route web_static_routes[];
extern const struct web_route web_stow_routes[];
extern const struct web_route web_delete_routes[];
extern const struct web_route web_zip_routes[];

#endif
