/* Texts for the error codes of error.h. */
#include "util/error.h"

#include <string.h>

const char *dg_strerror(int err)
{
    switch (err) {
    case 0:
        return "success";
    case DG_EPARSE:
        return "malformed input";
    case DG_ETRUNC:
        return "input truncated";
    case DG_ETOOBIG:
        return "length beyond limit";
    case DG_EDEPTH:
        return "nesting too deep";
    case DG_ENOTFOUND:
        return "not found";
    case DG_EPROTO:
        return "DICOM protocol violation";
    case DG_ECONFIG:
        return "configuration error";
    case DG_EDB:
        return "database error";
    case DG_ECHARSET:
        return "character set error";
    case DG_EUID:
        return "invalid UID";
    case DG_ETIMEOUT:
        return "timed out";
    case DG_ECLOSED:
        return "connection closed by peer";
    case DG_EREJECTED:
        return "association rejected";
    case DG_EABORTED:
        return "association aborted";
    case DG_EUNSUPPORTED:
        return "not supported";
    case DG_EDBGONE:
        return "database server unreachable";
    case DG_ECONFLICT:
        return "conflicts with stored data";
    case DG_EDBBUSY:
        return "database busy, transaction must be retried";
    case DG_EMISMATCH:
        return "not the object announced";
    case DG_ENOTDICOM:
        return "not a DICOM file";
    }
    if (err < 0 && err > -1000)
        return strerror(-err);
    return "unknown error";
}
