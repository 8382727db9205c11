/* Logging as a Conquest user expects it. Three sinks:
 * - the console (the stream set with log_set_stream, stderr by default) gets
 *   every line up to the level set with log_set_level, timestamped to the
 *   millisecond, each line written and flushed whole so that an operator or a
 *   journal sees it at once;
 * - the TroubleLog (PacsTrouble.log) gets every error and warning;
 * - the UserLog (PacsUser.log) gets one line per event that a user cares
 *   about: an image stored, a query answered, an image sent (log_user).
 * The two files carry Conquest's ctime-style timestamp ("Thu Jan  4 09:05:01
 * 2024 ") and are buffered: a line reaches the file when a second has passed
 * since the last flush (checked at each log call and by a flusher thread, so
 * also when the server is idle), at once for an error or a warning, and at
 * log_flush() and log_close(). Lines never interleave: each is formatted
 * first and appended whole under one lock, and the files are written only in
 * whole lines. Not a general logging framework: no rotation, no syslog. */
#ifndef DG_UTIL_LOG_H
#define DG_UTIL_LOG_H

#include <stddef.h>
#include <stdio.h>

enum log_level { LOG_SILENT = -1, LOG_ERROR = 0, LOG_WARN = 1, LOG_INFO = 2, LOG_DEBUG = 3 };

/* Console lines above `level` are dropped (LOG_SILENT: all of them, but for
 * log_notice). The default is LOG_INFO. The files do not depend on it. */
void log_set_level(enum log_level level);

/* Send the console lines to `fp` (not closed by us); NULL means stderr. */
void log_set_stream(FILE *fp);

/* Append every error and warning to `path` (Conquest's TroubleLog), whatever
 * the console does. Returns 0 or a negative errno; an already open TroubleLog
 * is flushed and replaced. */
int log_open_trouble(const char *path);

/* Append the log_user lines to `path` (Conquest's UserLog). As above. */
int log_open_user(const char *path);

void log_msg(enum log_level level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* One event for the UserLog: "stored", "queried", "sent". It also goes to the
 * console as an info line. */
void log_user(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* What dgate runs with, said once at start (its dicom.ini, its database):
 * on the console whatever its level, and in every open log file at once, so
 * that a log read later names the configuration that wrote it. */
void log_notice(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* The text of the last error logged ("" when none): for a command line that
 * ran with a silent console to say why it stopped. */
void log_last_error(char *out, size_t outlen);

/* Write what the files hold in their buffers now. */
void log_flush(void);

/* Flush, stop the flusher thread and close both files; later lines go to the
 * console only. Safe to call more than once (it also runs at exit). */
void log_close(void);

#define log_error(...) log_msg(LOG_ERROR, __VA_ARGS__)
#define log_warn(...) log_msg(LOG_WARN, __VA_ARGS__)
#define log_info(...) log_msg(LOG_INFO, __VA_ARGS__)
#define log_debug(...) log_msg(LOG_DEBUG, __VA_ARGS__)

#endif
