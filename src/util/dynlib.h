/* Shared libraries loaded when a feature first needs them, not at start:
 * dlopen by soname and every symbol resolved up front, so a missing library
 * or symbol is one clear error where the feature starts, never a crash later.
 * Mapping a library costs its pages of RSS in every dgate, used or not (the
 * PostgreSQL client alone brings TLS and Kerberos: about 3 MiB).
 * Not for libraries that every dgate uses: those are linked. */
#ifndef DG_UTIL_DYNLIB_H
#define DG_UTIL_DYNLIB_H

#include <stddef.h>

/* One symbol: its name, and where its address goes (a function pointer of
 * the type the library's header gives, so calls through it are checked). */
struct dynlib_sym {
    const char *name;
    void *slot;
};

/* One library: DYNLIB_INIT fills soname, syms and nsyms; the rest is the
 * loader's. */
struct dynlib {
    const char *soname;
    const struct dynlib_sym *syms;
    size_t nsyms;
    int state; /* 0 not tried, 1 loaded, < 0 the error of the one try */
    char err[256];
};
#define DYNLIB_INIT(so, table)                                                                     \
    {                                                                                              \
        .soname = (so), .syms = (table), .nsyms = sizeof(table) / sizeof(table)[0]                 \
    }

/* Members of an API struct and entries of its symbol table, from one list
 * of the library's functions (X-macro): DYNLIB_MEMBER(f) declares the
 * pointer `f` with the type of the header's prototype of f. */
#define DYNLIB_MEMBER(f) __typeof__(f) *f;
#define DYNLIB_ENTRY(api, f) {#f, &(api).f},

/* Load lib once (later calls, from any thread, answer as the first did).
 * Returns 0, or DG_EUNSUPPORTED with err saying which library or symbol
 * is missing (the library stays unloaded and no slot is set). */
int dynlib_load(struct dynlib *lib, char *err, size_t errlen);

#endif
