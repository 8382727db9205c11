/* libmicrohttpd, loaded when WebPort is set (see util/dynlib.h): http.c
 * calls it as libmhd.MHD_start_daemon(...) after mhd_lib_load. Not linked,
 * so that a dgate without a web server does not map it and GnuTLS. */
#ifndef DG_WEB_MHD_LIB_H
#define DG_WEB_MHD_LIB_H

#include <microhttpd.h>
#include <stddef.h>

#include "util/dynlib.h"

/* Every libmicrohttpd function http.c calls. */
#define MHD_LIB_FUNCTIONS(X)                                                                       \
    X(MHD_add_response_header)                                                                     \
    X(MHD_basic_auth_get_username_password)                                                        \
    X(MHD_create_response_from_buffer)                                                             \
    X(MHD_create_response_from_callback)                                                           \
    X(MHD_destroy_response)                                                                        \
    X(MHD_free)                                                                                    \
    X(MHD_get_connection_info)                                                                     \
    X(MHD_get_connection_values)                                                                   \
    X(MHD_get_daemon_info)                                                                         \
    X(MHD_is_feature_supported)                                                                    \
    X(MHD_lookup_connection_value)                                                                 \
    X(MHD_queue_response)                                                                          \
    X(MHD_start_daemon)                                                                            \
    X(MHD_stop_daemon)

struct mhd_lib {
    MHD_LIB_FUNCTIONS(DYNLIB_MEMBER)
};

/* Set by mhd_lib_load; used only after it returned 0. */
extern struct mhd_lib libmhd;

/* Load libmicrohttpd (once; see dynlib_load): 0, or DG_EUNSUPPORTED and
 * why in err. */
int mhd_lib_load(char *err, size_t errlen);

#endif
