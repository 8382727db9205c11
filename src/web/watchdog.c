/* The deadline of request heads on web connections; see watchdog.h. */
#include "web/watchdog.h"
#include "util/log.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>

struct web_watch {
    struct web_watch *prev, *next;
    int fd;
    int waiting;  /* for a request's head */
    time_t since; /* CLOCK_MONOTONIC seconds */
    int cut;      /* shut down already */
    char peer[64];
};

static struct {
    pthread_mutex_t lock;
    pthread_cond_t wake;
    pthread_t thread;
    int running, stop;
    unsigned timeout;
    struct web_watch *head;
} D = {.lock = PTHREAD_MUTEX_INITIALIZER, .wake = PTHREAD_COND_INITIALIZER};

static time_t now_s(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec;
}

/* Every second: shut down the sockets whose head is overdue. The list
 * lock is held, so web_watch_remove (before the fd is closed) waits and
 * the fd is still the connection's. */
static void *watch(void *arg)
{
    struct timespec until;

    (void)arg;
    pthread_mutex_lock(&D.lock);
    while (!D.stop) {
        time_t now = now_s();
        for (struct web_watch *w = D.head; w; w = w->next) {
            if (!w->waiting || w->cut || now - w->since < (time_t)D.timeout)
                continue;
            log_warn("web: %s sent no complete request in %u s (WebTimeout): closed", w->peer,
                     D.timeout);
            shutdown(w->fd, SHUT_RDWR);
            w->cut = 1;
        }
        clock_gettime(CLOCK_REALTIME, &until);
        until.tv_sec++;
        pthread_cond_timedwait(&D.wake, &D.lock, &until);
    }
    pthread_mutex_unlock(&D.lock);
    return NULL;
}

int web_watchdog_start(unsigned timeout_s)
{
    int rc;

    D.timeout = timeout_s;
    D.stop = 0;
    rc = pthread_create(&D.thread, NULL, watch, NULL);
    if (rc) {
        log_error("web: cannot start the watchdog thread: %s", strerror(rc));
        return -rc;
    }
    D.running = 1;
    return 0;
}

void web_watchdog_stop(void)
{
    if (!D.running)
        return;
    pthread_mutex_lock(&D.lock);
    D.stop = 1;
    pthread_cond_signal(&D.wake);
    pthread_mutex_unlock(&D.lock);
    pthread_join(D.thread, NULL);
    D.running = 0;
}

struct web_watch *web_watch_add(int fd, const char *peer)
{
    struct web_watch *w = calloc(1, sizeof *w);

    if (!w)
        return NULL;
    w->fd = fd;
    w->waiting = 1;
    w->since = now_s();
    snprintf(w->peer, sizeof w->peer, "%s", peer);
    pthread_mutex_lock(&D.lock);
    w->next = D.head;
    if (D.head)
        D.head->prev = w;
    D.head = w;
    pthread_mutex_unlock(&D.lock);
    return w;
}

void web_watch_head(struct web_watch *w, int waiting)
{
    if (!w)
        return;
    pthread_mutex_lock(&D.lock);
    w->waiting = waiting;
    w->since = now_s();
    pthread_mutex_unlock(&D.lock);
}

void web_watch_remove(struct web_watch *w)
{
    if (!w)
        return;
    pthread_mutex_lock(&D.lock);
    if (w->prev)
        w->prev->next = w->next;
    else
        D.head = w->next;
    if (w->next)
        w->next->prev = w->prev;
    pthread_mutex_unlock(&D.lock);
    free(w);
}
