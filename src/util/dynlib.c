/* dlopen of an optional library and its symbols, once per process (see
 * dynlib.h). The library stays loaded until exit: its functions are called
 * from any thread at any time after. */
#include "util/dynlib.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "util/error.h"

/* One lock for every library: loading is rare (the first use of a feature)
 * and a second thread must wait for the first one's outcome. */
static pthread_mutex_t load_lock = PTHREAD_MUTEX_INITIALIZER;

static int load(struct dynlib *lib)
{
    void *handle = dlopen(lib->soname, RTLD_NOW | RTLD_LOCAL);
    const char *why;

    if (!handle) {
        why = dlerror();
        snprintf(lib->err, sizeof lib->err, "cannot load %s: %s", lib->soname,
                 why ? why : "not found");
        return DG_EUNSUPPORTED;
    }
    for (size_t i = 0; i < lib->nsyms; i++) {
        void *p = dlsym(handle, lib->syms[i].name);
        if (!p) {
            snprintf(lib->err, sizeof lib->err, "%s has no %s (a version too old?)", lib->soname,
                     lib->syms[i].name);
            /* A failed load leaves no slot set (p is NULL). */
            for (size_t k = 0; k < i; k++)
                memcpy(lib->syms[k].slot, &p, sizeof p);
            dlclose(handle);
            return DG_EUNSUPPORTED;
        }
        /* POSIX: an object pointer from dlsym converts to a function pointer
         * of the same representation; memcpy avoids the cast C forbids. */
        memcpy(lib->syms[i].slot, &p, sizeof p);
    }
    return 0;
}

int dynlib_load(struct dynlib *lib, char *err, size_t errlen)
{
    int rc;

    pthread_mutex_lock(&load_lock);
    if (lib->state == 0) {
        rc = load(lib);
        lib->state = rc ? rc : 1;
    }
    rc = lib->state < 0 ? lib->state : 0;
    pthread_mutex_unlock(&load_lock);
    if (rc)
        snprintf(err, errlen, "%s", lib->err);
    return rc;
}
