/* The DIMSE services, as one table of hooks (curl's protocol handlers): the
 * session looks a request's command up here and never names a service. To
 * add a service, write its file with a `const struct service`, and list it in
 * services.c. Internal to src/server. */
#ifndef DG_SERVER_SERVICE_H
#define DG_SERVER_SERVICE_H

#include <stddef.h>
#include <stdint.h>

struct dimse_cmd;
struct session;

struct service {
    const char *name; /* "Storage", for logs */
    uint16_t command; /* the request it handles (enum dimse_command) */
    /* Make the service's per-association state at its first request (may be
     * NULL: no state). Returns 0 or an error; the request is then refused
     * with 0xA700 (out of resources). */
    int (*setup)(struct session *s, void **state);
    /* Handle one request whose command set has been read (its dataset, if
     * any, has not) and send the response(s). Returns 0 to go on with the
     * association, or an association error (it then ends). */
    int (*handle)(struct session *s, void *state, const struct dimse_cmd *cmd, uint8_t ctx_id);
    /* Free the state (may be NULL); called once, when the session ends. */
    void (*cleanup)(void *state);
};

/* Every service, in services.c; no two handle one command, except those
 * listed in service_classes too. */
extern const struct service *const service_table[];
extern const size_t service_count;

/* Requests of these SOP classes go to their service (also in the table),
 * not to the table's first service of their command: the Modality
 * Worklist is a C-FIND of its own. */
struct service_class {
    const char *sop_class;
    const struct service *service;
};
extern const struct service_class service_classes[];
extern const size_t service_class_count;

extern const struct service echo_service;
extern const struct service store_service;
extern const struct service find_service;
extern const struct service move_service;
extern const struct service get_service;
extern const struct service worklist_service;

#endif
