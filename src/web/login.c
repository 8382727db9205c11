/* Who must log in, and the checks of logins against the users file kept
 * current; see login.h. */
#include "web/login.h"
#include "config/config.h"
#include "listen/listener.h"
#include "util/error.h"
#include "util/log.h"
#include "web/auth.h"

#include <crypt.h>
#include <errno.h>
#include <limits.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <time.h>

/* The addresses with recent failures that are remembered; when full, the
 * one failing longest ago is forgotten. */
#define PEERS 128
#define DELAY_STEP_MS 250
#define DELAY_MAX_MS 4000
#define FORGET_AFTER_S 600

/* Logins that were right lately, so that the requests of one page (each
 * with the same Basic login) do not each pay the users file's hash (about
 * 70 ms of yescrypt): kept as a fast salted hash of the password ("$5$",
 * 1000 rounds, the salt made at start), never the password itself, for
 * CACHE_S at most, and dropped when the users file is re-read. */
#define CACHED 64
#define CACHE_S 300

struct cached {
    char name[72];
    char hash[CRYPT_OUTPUT_SIZE];
    unsigned roles;
    time_t until;
};

struct failures {
    char addr[64];
    unsigned count;
    time_t last;
};

static struct {
    const struct config *cfg;
    enum { AUTH_REMOTE, AUTH_ALWAYS, AUTH_NEVER } policy;
    pthread_rwlock_t lock; /* users and the file's identity */
    struct web_users *users;
    int present; /* the file existed when last read */
    struct stat st;
    pthread_mutex_t fail_lock;
    struct failures fail[PEERS];
    pthread_mutex_t cache_lock;
    char cache_salt[CRYPT_GENSALT_OUTPUT_SIZE];
    struct cached cache[CACHED];
} L = {.lock = PTHREAD_RWLOCK_INITIALIZER,
       .fail_lock = PTHREAD_MUTEX_INITIALIZER,
       .cache_lock = PTHREAD_MUTEX_INITIALIZER};

static void cache_clear(void)
{
    pthread_mutex_lock(&L.cache_lock);
    memset(L.cache, 0, sizeof L.cache);
    pthread_mutex_unlock(&L.cache_lock);
}

/* The fast hash of password into out ("" when it cannot be made). */
static void quick_hash(const char *password, char *out, size_t outlen)
{
    struct crypt_data *cd = calloc(1, sizeof *cd);
    const char *h = cd ? crypt_rn(password, L.cache_salt, cd, (int)sizeof *cd) : NULL;

    snprintf(out, outlen, "%s", h && h[0] == '$' ? h : "");
    free(cd);
}

/* 1 with the roles when name logged in lately with the password of hash. */
static int cache_hit(const char *name, const char *hash, unsigned *roles)
{
    time_t now = time(NULL);
    int hit = 0;

    pthread_mutex_lock(&L.cache_lock);
    for (int i = 0; i < CACHED && !hit; i++) {
        struct cached *c = &L.cache[i];
        if (c->until > now && strcmp(c->name, name) == 0 && web_hash_equal(c->hash, hash)) {
            *roles = c->roles;
            hit = 1;
        }
    }
    pthread_mutex_unlock(&L.cache_lock);
    return hit;
}

static void cache_store(const char *name, const char *hash, unsigned roles)
{
    time_t now = time(NULL);
    struct cached *slot = &L.cache[0];

    if (strlen(name) >= sizeof slot->name)
        return;
    pthread_mutex_lock(&L.cache_lock);
    /* The user's own entry, else the one that ends first. */
    for (int i = 0; i < CACHED; i++) {
        if (strcmp(L.cache[i].name, name) == 0) {
            slot = &L.cache[i];
            break;
        }
        if (L.cache[i].until < slot->until)
            slot = &L.cache[i];
    }
    snprintf(slot->name, sizeof slot->name, "%s", name);
    snprintf(slot->hash, sizeof slot->hash, "%s", hash);
    slot->roles = roles;
    slot->until = now + CACHE_S;
    pthread_mutex_unlock(&L.cache_lock);
}

/* The users file, (re-)read into L (write lock held); says what it found.
 * An unreadable file leaves the users of before. */
static void load_users(int at_start)
{
    struct web_users *u = NULL;
    char err[PATH_MAX + 256];
    int was_present = L.present;
    int rc = web_users_load(L.cfg->web_users, &u, err, sizeof err);

    if (rc == 0 || rc == DG_ENOTFOUND) {
        web_users_free(L.users);
        L.users = u;
    }
    L.present = rc != DG_ENOTFOUND;
    if (rc == 0)
        log_info("web: %zu user(s) from %s", web_users_count(u), L.cfg->web_users);
    else if (rc == DG_ENOTFOUND && (at_start || was_present))
        log_warn("web: no users file (WebUsers = %s): every request that needs a login is "
                 "refused (dgate --webuser:NAME:ROLES makes one)",
                 L.cfg->web_users);
    else if (rc != DG_ENOTFOUND && at_start)
        log_error("web: users file not read (every login is refused until it can be): %s", err);
    else if (rc != DG_ENOTFOUND)
        log_error("web: users file not read (the users of before are kept): %s", err);
}

static int same_file(const struct stat *a, const struct stat *b)
{
    return a->st_ino == b->st_ino && a->st_dev == b->st_dev && a->st_size == b->st_size &&
           a->st_mtim.tv_sec == b->st_mtim.tv_sec && a->st_mtim.tv_nsec == b->st_mtim.tv_nsec;
}

/* Re-read the users file when it is not the one read last (a rename over
 * it, as dgate --webuser does, or an edit). */
static void refresh_users(void)
{
    struct stat st;
    int present, changed;

    present = stat(L.cfg->web_users, &st) == 0;
    pthread_rwlock_rdlock(&L.lock);
    changed = present != L.present || (present && !same_file(&st, &L.st));
    pthread_rwlock_unlock(&L.lock);
    if (!changed)
        return;
    pthread_rwlock_wrlock(&L.lock);
    /* Another request may have re-read it meanwhile. */
    if (present != L.present || (present && !same_file(&st, &L.st))) {
        L.st = st;
        load_users(0);
        cache_clear();
    }
    pthread_rwlock_unlock(&L.lock);
}

int web_login_start(const struct config *cfg)
{
    L.cfg = cfg;
    L.policy = strcasecmp(cfg->web_authentication, "never") == 0    ? AUTH_NEVER
               : strcasecmp(cfg->web_authentication, "always") == 0 ? AUTH_ALWAYS
                                                                    : AUTH_REMOTE;
    memset(L.fail, 0, sizeof L.fail);
    cache_clear();
    if (!crypt_gensalt_rn("$5$", 1000, NULL, 0, L.cache_salt, (int)sizeof L.cache_salt)) {
        log_error("web: libxcrypt makes no sha256crypt salt: %s", strerror(errno));
        return -EIO;
    }
    if (L.policy == AUTH_NEVER) {
        log_warn("WebAuthentication = never: every peer may read, store and delete without a "
                 "login");
        return 0;
    }
    pthread_rwlock_wrlock(&L.lock);
    if (stat(cfg->web_users, &L.st) != 0)
        memset(&L.st, 0, sizeof L.st);
    /* A users file dgate cannot read (another owner, a directory) refuses
     * logins, as a missing one does; it does not stop the DICOM server. */
    load_users(1);
    pthread_rwlock_unlock(&L.lock);
    return 0;
}

void web_login_stop(void)
{
    pthread_rwlock_wrlock(&L.lock);
    web_users_free(L.users);
    L.users = NULL;
    L.present = 0;
    pthread_rwlock_unlock(&L.lock);
}

/* Exactly 127.0.0.1, ::1 or ::ffff:127.0.0.1. */
static int is_loopback(const struct sockaddr *sa)
{
    static const uint8_t mapped[16] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 127, 0, 0, 1};

    if (sa->sa_family == AF_INET)
        return ((const struct sockaddr_in *)(const void *)sa)->sin_addr.s_addr ==
               htonl(INADDR_LOOPBACK);
    if (sa->sa_family == AF_INET6) {
        const struct in6_addr *a = &((const struct sockaddr_in6 *)(const void *)sa)->sin6_addr;
        return IN6_IS_ADDR_LOOPBACK(a) || memcmp(a->s6_addr, mapped, 16) == 0;
    }
    return 0;
}

enum web_login_need web_login_need(const struct sockaddr *peer)
{
    if (L.policy == AUTH_NEVER)
        return WEB_LOGIN_NONE;
    if (L.policy == AUTH_REMOTE && is_loopback(peer))
        return WEB_LOGIN_OPTIONAL;
    return WEB_LOGIN_REQUIRED;
}

/* The peer's address without its port, the key of its failures. */
static void peer_address(const struct sockaddr *peer, char *out, size_t outlen)
{
    char *colon;

    listener_format_peer(peer, out, outlen);
    colon = strrchr(out, ':');
    if (colon)
        *colon = '\0';
}

/* One more failure from addr: how long to wait before answering. */
static unsigned failed(const char *addr)
{
    time_t now = time(NULL);
    struct failures *f = NULL, *oldest = &L.fail[0];
    unsigned ms;

    pthread_mutex_lock(&L.fail_lock);
    for (int i = 0; i < PEERS && !f; i++) {
        if (L.fail[i].count && strcmp(L.fail[i].addr, addr) == 0)
            f = &L.fail[i];
        else if (L.fail[i].last < oldest->last)
            oldest = &L.fail[i];
    }
    if (f && now - f->last > FORGET_AFTER_S)
        f->count = 0;
    if (!f) {
        f = oldest;
        snprintf(f->addr, sizeof f->addr, "%s", addr);
        f->count = 0;
    }
    f->count++;
    f->last = now;
    ms = f->count * DELAY_STEP_MS;
    pthread_mutex_unlock(&L.fail_lock);
    return ms < DELAY_MAX_MS ? ms : DELAY_MAX_MS;
}

static void succeeded(const char *addr)
{
    pthread_mutex_lock(&L.fail_lock);
    for (int i = 0; i < PEERS; i++)
        if (L.fail[i].count && strcmp(L.fail[i].addr, addr) == 0)
            L.fail[i].count = 0;
    pthread_mutex_unlock(&L.fail_lock);
}

/* A name from the network, fit for a log line. */
static void printable(const char *s, char *out, size_t outlen)
{
    size_t i;

    for (i = 0; s[i] && i + 1 < outlen; i++)
        out[i] = s[i] > ' ' && s[i] < 0x7f ? s[i] : '?';
    out[i] = '\0';
}

int web_login_check(const struct sockaddr *peer, const char *name, const char *password,
                    unsigned *roles)
{
    char addr[64], who[65], quick[CRYPT_OUTPUT_SIZE];
    unsigned ms;
    int rc;

    peer_address(peer, addr, sizeof addr);
    refresh_users();
    quick_hash(password, quick, sizeof quick);
    if (quick[0] && cache_hit(name, quick, roles)) {
        succeeded(addr);
        return 0;
    }
    /* Stored under the read lock: a re-read of the users file (which
     * empties the cache under the write lock) comes before or after. */
    pthread_rwlock_rdlock(&L.lock);
    rc = L.users ? web_users_verify(L.users, name, password, roles) : -EACCES;
    if (rc == 0 && quick[0])
        cache_store(name, quick, *roles);
    pthread_rwlock_unlock(&L.lock);
    if (rc == 0) {
        succeeded(addr);
        return 0;
    }
    ms = failed(addr);
    printable(name, who, sizeof who);
    log_warn("web: login failed for '%s' from %s (answered after %u ms)", who, addr, ms);
    nanosleep(&(struct timespec){ms / 1000, (long)(ms % 1000) * 1000000L}, NULL);
    return -EACCES;
}
