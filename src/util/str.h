/* Small string helpers that the C library lacks. */
#ifndef DG_UTIL_STR_H
#define DG_UTIL_STR_H

#include <stddef.h>

/* Remove leading and trailing spaces and tabs in place; returns s. */
char *str_trim(char *s);

/* Copy src into dst of size n, always NUL-terminated; returns the length of
 * src, so a result >= n means the copy was truncated (as strlcpy). */
size_t str_copy(char *dst, const char *src, size_t n);

/* Parse a decimal integer in [min, max] with nothing but spaces after it.
 * Returns 0 or DG_EPARSE. */
int str_to_long(const char *s, long min, long max, long *out);

#endif
