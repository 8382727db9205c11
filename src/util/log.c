/* The log sinks of log.h. A line is formatted whole first; the console gets
 * it with one fwrite (stdio locks the stream per call) and a flush, the files
 * get it appended to their buffer under one mutex. The buffers are written
 * with write(2) on O_APPEND descriptors, in whole lines only, so that two
 * dgate processes sharing a log directory never cut each other's lines. */
#include "util/log.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define MSG_MAX 4096          /* a longer message is cut */
#define FILE_BUF (64 * 1024)  /* per file; a full buffer is written at once */
#define FLUSH_NS 1000000000LL /* at most this long in a buffer */
#define STAMP_MAX 32          /* "Thu Jan  4 09:05:01 2024 " */

enum { TROUBLE, USER, NFILES };

struct logfile {
    int fd; /* -1 when not open */
    int write_failed;
    size_t len;
    char buf[FILE_BUF];
};

static _Atomic int console_level = LOG_INFO;
static FILE *_Atomic console;

/* Everything below is under `lock`, except `open_mask`, which log calls read
 * without it to skip formatting a line that no sink wants. */
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static struct logfile files[NFILES] = {{.fd = -1}, {.fd = -1}};
static _Atomic unsigned open_mask;
static struct timespec last_flush; /* CLOCK_MONOTONIC */
static pthread_cond_t wake;        /* on CLOCK_MONOTONIC, made in init_once */
static pthread_t flusher;
static int flusher_running, flusher_stop;
static pthread_once_t once = PTHREAD_ONCE_INIT;

static const char *const level_names[] = {"error", "warning", "info", "debug"};

static char last_error[MSG_MAX]; /* under lock */

/* localtime_r takes a process-wide lock in glibc; a thread logging many
 * lines in one second converts the time once. */
static void local_time(time_t sec, struct tm *tm)
{
    static _Thread_local time_t cached_sec = -1;
    static _Thread_local struct tm cached;

    if (sec != cached_sec) {
        localtime_r(&sec, &cached);
        cached_sec = sec;
    }
    *tm = cached;
}

/* ctime()'s format without its newline, as Conquest prefixes its log lines.
 * Names spelled here, not by strftime, so that no locale changes them. */
static size_t ctime_stamp(time_t sec, char *out, size_t outlen)
{
    static const char days[7][4] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char months[12][4] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    struct tm tm;
    int n;

    local_time(sec, &tm);
    n = snprintf(out, outlen, "%s %s %2d %02d:%02d:%02d %d ", days[tm.tm_wday % 7],
                 months[tm.tm_mon % 12], tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
                 tm.tm_year + 1900);
    return n < 0 ? 0 : (size_t)n >= outlen ? outlen - 1 : (size_t)n;
}

static long long elapsed_ns(const struct timespec *from, const struct timespec *to)
{
    return (long long)(to->tv_sec - from->tv_sec) * 1000000000LL + (to->tv_nsec - from->tv_nsec);
}

/* Write out one file's buffer. Under lock. A file that cannot be written
 * loses its buffer (the server goes on) and says so once on stderr. */
static void flush_file(int which)
{
    struct logfile *f = &files[which];
    size_t off = 0;

    while (f->fd >= 0 && off < f->len) {
        ssize_t w = write(f->fd, f->buf + off, f->len - off);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0) {
            if (!f->write_failed)
                fprintf(stderr, "dgate: cannot write the %s: %s; its lines are lost\n",
                        which == TROUBLE ? "TroubleLog" : "UserLog",
                        w < 0 ? strerror(errno) : "nothing written");
            f->write_failed = 1;
            break;
        }
        off += (size_t)w;
    }
    f->len = 0;
}

static void flush_all(const struct timespec *now)
{
    for (int i = 0; i < NFILES; i++)
        flush_file(i);
    last_flush = *now;
}

static int any_buffered(void)
{
    for (int i = 0; i < NFILES; i++)
        if (files[i].len)
            return 1;
    return 0;
}

/* Writes the buffers a second after the last flush when no log call comes
 * to do it, so that the last line of a burst is on disk within a second. */
static void *flusher_main(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&lock);
    while (!flusher_stop) {
        struct timespec now, deadline;

        clock_gettime(CLOCK_MONOTONIC, &now);
        if (any_buffered() && elapsed_ns(&last_flush, &now) >= FLUSH_NS)
            flush_all(&now);
        deadline = any_buffered() ? last_flush : now;
        deadline.tv_sec += FLUSH_NS / 1000000000LL;
        pthread_cond_timedwait(&wake, &lock, &deadline);
    }
    pthread_mutex_unlock(&lock);
    return NULL;
}

static void init_once(void)
{
    pthread_condattr_t attr;

    pthread_condattr_init(&attr);
    pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
    pthread_cond_init(&wake, &attr);
    pthread_condattr_destroy(&attr);
    /* Lines still buffered when the program ends are written then. */
    atexit(log_close);
}

/* Under lock. Without the thread the buffers are still written by the next
 * log call after a second and at exit; only an idle server waits longer. */
static void start_flusher(void)
{
    sigset_t all, old;

    if (flusher_running)
        return;
    /* The thread takes no signals: the server's handlers stay on its threads. */
    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, &old);
    flusher_stop = 0;
    flusher_running = pthread_create(&flusher, NULL, flusher_main, NULL) == 0;
    pthread_sigmask(SIG_SETMASK, &old, NULL);
}

static int open_file(int which, const char *path)
{
    int fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    struct timespec now;

    if (fd < 0)
        return -errno;
    pthread_once(&once, init_once);
    clock_gettime(CLOCK_MONOTONIC, &now);
    pthread_mutex_lock(&lock);
    if (files[which].fd >= 0) {
        flush_file(which);
        close(files[which].fd);
    }
    files[which].fd = fd;
    files[which].write_failed = 0;
    files[which].len = 0;
    open_mask |= 1u << which;
    start_flusher();
    pthread_mutex_unlock(&lock);
    return 0;
}

int log_open_trouble(const char *path)
{
    return open_file(TROUBLE, path);
}

int log_open_user(const char *path)
{
    return open_file(USER, path);
}

/* Append "<ctime> msg\n" to a file's buffer; write the buffers when `urgent`
 * or when a second has passed since they were last written. */
static void to_file(int which, time_t sec, const char *msg, size_t len, int urgent)
{
    char stamp[STAMP_MAX];
    size_t slen = ctime_stamp(sec, stamp, sizeof stamp);
    struct logfile *f = &files[which];
    struct timespec now;

    pthread_mutex_lock(&lock);
    if (f->fd >= 0) {
        if (f->len + slen + len + 1 > sizeof f->buf)
            flush_file(which);
        memcpy(f->buf + f->len, stamp, slen);
        memcpy(f->buf + f->len + slen, msg, len);
        f->buf[f->len + slen + len] = '\n';
        f->len += slen + len + 1;
    }
    clock_gettime(CLOCK_MONOTONIC, &now);
    if (urgent || elapsed_ns(&last_flush, &now) >= FLUSH_NS)
        flush_all(&now);
    pthread_mutex_unlock(&lock);
}

static void to_console(const char *level_name, const struct timespec *now, const char *msg,
                       size_t len)
{
    char line[MSG_MAX + 64];
    struct tm tm;
    size_t n;
    FILE *out = console;

    local_time(now->tv_sec, &tm);
    n = strftime(line, sizeof line, "%Y-%m-%d %H:%M:%S", &tm);
    n += (size_t)snprintf(line + n, sizeof line - n, ".%03ld [%s] ", now->tv_nsec / 1000000L,
                          level_name);
    memcpy(line + n, msg, len);
    n += len;
    line[n++] = '\n';
    if (!out)
        out = stderr;
    fwrite(line, 1, n, out);
    fflush(out);
}

/* Format the message once and hand it to the sinks that want it: the
 * console when `console_name` is set, the files of `file_mask`. */
static void emit(const char *console_name, unsigned file_mask, int urgent, int is_error,
                 const char *fmt, va_list ap)
{
    char msg[MSG_MAX];
    struct timespec now;
    int n = vsnprintf(msg, sizeof msg, fmt, ap);
    size_t len = n < 0 ? 0 : (size_t)n >= sizeof msg ? sizeof msg - 1 : (size_t)n;

    clock_gettime(CLOCK_REALTIME, &now);
    if (console_name)
        to_console(console_name, &now, msg, len);
    for (int i = 0; i < NFILES; i++)
        if (file_mask & (1u << i))
            to_file(i, now.tv_sec, msg, len, urgent);
    if (is_error) {
        pthread_mutex_lock(&lock);
        memcpy(last_error, msg, len + 1);
        pthread_mutex_unlock(&lock);
    }
}

void log_set_level(enum log_level level)
{
    console_level = level;
}

void log_set_stream(FILE *fp)
{
    console = fp;
}

void log_msg(enum log_level level, const char *fmt, ...)
{
    int console_too = (int)level <= console_level;
    unsigned trouble = level <= LOG_WARN ? open_mask & (1u << TROUBLE) : 0;
    va_list ap;

    if (!console_too && !trouble && level != LOG_ERROR)
        return;
    va_start(ap, fmt);
    /* Trouble is written at once: it is rare, and wanted when things go wrong. */
    emit(console_too ? level_names[level] : NULL, trouble, 1, level == LOG_ERROR, fmt, ap);
    va_end(ap);
}

void log_user(const char *fmt, ...)
{
    int console_too = LOG_INFO <= console_level;
    unsigned user = open_mask & (1u << USER);
    va_list ap;

    if (!console_too && !user)
        return;
    va_start(ap, fmt);
    emit(console_too ? level_names[LOG_INFO] : NULL, user, 0, 0, fmt, ap);
    va_end(ap);
}

void log_notice(const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    emit("notice", open_mask, 1, 0, fmt, ap);
    va_end(ap);
}

void log_last_error(char *out, size_t outlen)
{
    if (outlen == 0)
        return;
    pthread_mutex_lock(&lock);
    snprintf(out, outlen, "%s", last_error);
    pthread_mutex_unlock(&lock);
}

void log_flush(void)
{
    struct timespec now;
    FILE *out = console;

    clock_gettime(CLOCK_MONOTONIC, &now);
    pthread_mutex_lock(&lock);
    flush_all(&now);
    pthread_mutex_unlock(&lock);
    fflush(out ? out : stderr);
}

void log_close(void)
{
    struct timespec now;
    int join;

    clock_gettime(CLOCK_MONOTONIC, &now);
    pthread_mutex_lock(&lock);
    flush_all(&now);
    for (int i = 0; i < NFILES; i++) {
        if (files[i].fd >= 0)
            close(files[i].fd);
        files[i].fd = -1;
    }
    open_mask = 0;
    /* Only one caller joins the thread, however many close at once. */
    join = flusher_running;
    flusher_running = 0;
    flusher_stop = 1;
    if (join)
        pthread_cond_signal(&wake);
    pthread_mutex_unlock(&lock);
    if (join)
        pthread_join(flusher, NULL);
}
