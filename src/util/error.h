/* Error codes shared by every module: 0 is success, a negative errno value
 * (-ENOMEM, -EINVAL, -EIO, ...) or one of our own DG_E* codes is a failure.
 * DICOM status codes sent to peers are a separate thing (uint16_t). */
#ifndef DG_UTIL_ERROR_H
#define DG_UTIL_ERROR_H

enum {
    DG_EPARSE = -1001,       /* malformed input (file, PDU, configuration) */
    DG_ETRUNC = -1002,       /* input ends before a declared length */
    DG_ETOOBIG = -1003,      /* a length or count beyond a configured limit */
    DG_EDEPTH = -1004,       /* nesting deeper than the configured limit */
    DG_ENOTFOUND = -1005,    /* a lookup found nothing */
    DG_EPROTO = -1006,       /* the peer broke the DICOM protocol */
    DG_ECONFIG = -1007,      /* a configuration value is unusable */
    DG_EDB = -1008,          /* the index database failed */
    DG_ECHARSET = -1009,     /* a character set is unknown or a conversion failed */
    DG_EUID = -1010,         /* a string is not a valid DICOM UID */
    DG_ETIMEOUT = -1011,     /* a blocking read or write timed out */
    DG_ECLOSED = -1012,      /* the peer closed the connection */
    DG_EREJECTED = -1013,    /* the peer rejected an association */
    DG_EABORTED = -1014,     /* the association was aborted */
    DG_EUNSUPPORTED = -1015, /* valid input that we do not implement */
    DG_EDBGONE = -1016,      /* the database server went away; retry may help */
    DG_ECONFLICT = -1017,    /* the request contradicts what is stored */
    DG_EDBBUSY = -1018,      /* database deadlock or serialization failure; retry */
    DG_EMISMATCH = -1019,    /* an object is not the one its sender announced */
    DG_ENOTDICOM = -1020,    /* a file is neither Part 10 nor a bare dataset */
};

/* A human-readable text for an error code (negative errno or DG_E*). */
const char *dg_strerror(int err);

#endif
