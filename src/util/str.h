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

/* The value of one hexadecimal digit (either case), or -1. */
int str_hex_digit(int c);

/* How many of the len bytes of UTF-8 text p to keep so that at most max
 * remain, without splitting a character (an index column's length). */
size_t str_utf8_cut(const char *p, size_t len, size_t max);

#endif
