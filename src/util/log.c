/* The log sink of log.h. Each line carries a timestamp and the level; the
 * whole line is formatted first and written with one call. */
#include "util/log.h"

#include <errno.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <string.h>
#include <time.h>

static _Atomic int current_level = LOG_INFO;
static FILE *_Atomic sink;
static FILE *_Atomic trouble;

void log_set_level(enum log_level level)
{
    current_level = level;
}

void log_set_stream(FILE *fp)
{
    sink = fp;
}

int log_open_trouble(const char *path)
{
    FILE *fp = fopen(path, "a");
    if (!fp)
        return -errno;
    setvbuf(fp, NULL, _IOLBF, 0);
    trouble = fp;
    return 0;
}

void log_msg(enum log_level level, const char *fmt, ...)
{
    static const char *const names[] = {"error", "warning", "info", "debug"};
    char line[2048];
    struct timespec now;
    struct tm tm;
    va_list ap;
    size_t n;
    FILE *out;

    if ((int)level > current_level)
        return;
    clock_gettime(CLOCK_REALTIME, &now);
    localtime_r(&now.tv_sec, &tm);
    n = strftime(line, sizeof line, "%Y-%m-%d %H:%M:%S", &tm);
    n += (size_t)snprintf(line + n, sizeof line - n, ".%03ld [%s] ", now.tv_nsec / 1000000L,
                          names[level]);
    va_start(ap, fmt);
    vsnprintf(line + n, sizeof line - n, fmt, ap);
    va_end(ap);
    n = strlen(line);
    if (n > sizeof line - 2)
        n = sizeof line - 2;
    line[n++] = '\n';
    out = sink ? sink : stderr;
    fwrite(line, 1, n, out);
    fflush(out);
    if (level == LOG_ERROR && trouble)
        fwrite(line, 1, n, trouble);
}
