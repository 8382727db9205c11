/* The table of DIMSE services (service.h): the one place that lists them. */
#include "server/service.h"
#include "server/session.h"

const struct service *const service_table[] = {
    &echo_service, &store_service, &find_service, &move_service, &get_service, &worklist_service,
};

const size_t service_count = sizeof service_table / sizeof service_table[0];

const struct service_class service_classes[] = {
    {"1.2.840.10008.5.1.4.31", &worklist_service}, /* Modality Worklist C-FIND */
};

const size_t service_class_count = sizeof service_classes / sizeof service_classes[0];

/* session.c keeps one state pointer per table entry. */
_Static_assert(sizeof service_table / sizeof service_table[0] <= SESSION_MAX_SERVICES,
               "SESSION_MAX_SERVICES is too small for the service table");
