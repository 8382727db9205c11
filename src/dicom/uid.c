/* UID checking and generation; see uid.h. Generated UIDs are
 * prefix.<ms at first use>.<pid>.<counter>: the counter separates threads,
 * the pid concurrent processes, the start time restarts (a pid is not reused
 * within the millisecond a process takes to start). */
#include "dicom/uid.h"

#include "util/error.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

int uid_check(const uint8_t *p, size_t len, enum uid_mode mode)
{
    size_t comp = 0; /* length of the current component */

    if (len == 0 || len > UID_MAX_LEN)
        return DG_EUID;
    for (size_t i = 0; i < len; i++) {
        if (p[i] == '.') {
            if (comp == 0)
                return DG_EUID;
            comp = 0;
        } else if (p[i] >= '0' && p[i] <= '9') {
            if (mode == UID_STRICT && comp == 1 && p[i - 1] == '0')
                return DG_EUID;
            comp++;
        } else {
            return DG_EUID;
        }
    }
    return comp == 0 ? DG_EUID : 0;
}

int uid_check_str(const char *s, enum uid_mode mode)
{
    if (s == NULL)
        return DG_EUID;
    /* Bounded: anything longer than a UID is refused without reading on. */
    return uid_check((const uint8_t *)s, strnlen(s, UID_MAX_LEN + 1), mode);
}

size_t uid_unpad(const uint8_t *p, size_t len)
{
    if (len > 0 && (p[len - 1] == '\0' || p[len - 1] == ' '))
        return len - 1;
    return len;
}

static pthread_once_t start_once = PTHREAD_ONCE_INIT;
static unsigned long long start_ms;
static atomic_ullong counter;

static void take_start_time(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    start_ms = (unsigned long long)ts.tv_sec * 1000u + (unsigned long long)ts.tv_nsec / 1000000u;
}

static int read_random(uint8_t *p, size_t n)
{
    int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
    size_t got = 0;
    int rc = 0;

    if (fd < 0)
        return -errno;
    while (got < n) {
        ssize_t r = read(fd, p + got, n - got);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0) {
            rc = r < 0 ? -errno : -EIO;
            break;
        }
        got += (size_t)r;
    }
    close(fd);
    return rc;
}

/* "2.25." and a random (version 4, RFC 4122) UUID as one 128-bit decimal
 * number: at most 5 + 39 characters. */
static int uid_from_uuid(char *out, size_t outlen)
{
    uint8_t b[16];
    uint32_t limb[4];
    char digits[40];
    size_t nd = 0;
    int rc = read_random(b, sizeof b);

    if (rc)
        return rc;
    b[6] = (uint8_t)((b[6] & 0x0F) | 0x40);
    b[8] = (uint8_t)((b[8] & 0x3F) | 0x80);
    for (int i = 0; i < 4; i++)
        limb[i] = (uint32_t)b[4 * i] << 24 | (uint32_t)b[4 * i + 1] << 16 |
                  (uint32_t)b[4 * i + 2] << 8 | b[4 * i + 3];
    /* Long division by 10 until the number is zero; digits come out last
     * first. The version bits make the number non-zero. */
    while (limb[0] | limb[1] | limb[2] | limb[3]) {
        uint64_t rem = 0;
        for (int i = 0; i < 4; i++) {
            uint64_t cur = rem << 32 | limb[i];
            limb[i] = (uint32_t)(cur / 10);
            rem = cur % 10;
        }
        digits[nd++] = (char)('0' + rem);
    }
    if (outlen < 5 + nd + 1)
        return DG_ETOOBIG;
    memcpy(out, "2.25.", 5);
    for (size_t i = 0; i < nd; i++)
        out[5 + i] = digits[nd - 1 - i];
    out[5 + nd] = '\0';
    return 0;
}

int uid_generate(const char *prefix, char *out, size_t outlen)
{
    size_t plen = strlen(prefix);
    int n;

    if (outlen < UID_MAX_LEN + 1)
        return DG_ETOOBIG;
    if (uid_check((const uint8_t *)prefix, plen, UID_STRICT) != 0)
        return uid_from_uuid(out, outlen);
    pthread_once(&start_once, take_start_time);
    n = snprintf(out, outlen, "%s.%llu.%ld.%llu", prefix, start_ms, (long)getpid(),
                 (unsigned long long)atomic_fetch_add(&counter, 1) + 1);
    if (n < 0 || n > UID_MAX_LEN)
        return uid_from_uuid(out, outlen);
    return 0;
}
