/* Logging: one line per event, written whole so that lines of concurrent
 * associations never interleave. -v and -b send the log to stdout; otherwise
 * it goes to stderr (a service manager's journal). Errors also go to
 * Conquest's TroubleLog once log_open_trouble opened it. */
#ifndef DG_UTIL_LOG_H
#define DG_UTIL_LOG_H

#include <stdio.h>

enum log_level { LOG_ERROR = 0, LOG_WARN = 1, LOG_INFO = 2, LOG_DEBUG = 3 };

/* Messages above `level` are dropped. The default is LOG_INFO to stderr. */
void log_set_level(enum log_level level);

/* Send the log to `fp` (not closed by us). */
void log_set_stream(FILE *fp);

/* Also append every error to `path` (Conquest's PacsTrouble.log), whatever
 * the level and sink; returns 0 or a negative errno. */
int log_open_trouble(const char *path);

void log_msg(enum log_level level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#define log_error(...) log_msg(LOG_ERROR, __VA_ARGS__)
#define log_warn(...) log_msg(LOG_WARN, __VA_ARGS__)
#define log_info(...) log_msg(LOG_INFO, __VA_ARGS__)
#define log_debug(...) log_msg(LOG_DEBUG, __VA_ARGS__)

#endif
