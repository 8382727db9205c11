/* FileNameSyntax: the path of a stored instance relative to its MAG device,
 * built from a few values of the instance as Conquest builds it (modes 4, 8,
 * 9, 10, 11, 12 and the %-template form). Every value is sanitised so that no
 * result can leave the MAG device. Not the writing of the file (mag.h). */
#ifndef DG_ARCHIVE_FILENAME_H
#define DG_ARCHIVE_FILENAME_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

struct config;

/* The values a name can use, as NUL-terminated strings. Trailing spaces are
 * ignored; a value with a NUL inside ends there, so the caller may copy the
 * dataset's (pointer, length) values as they are. NULL means "absent from the
 * dataset" and gives Conquest's placeholder "empty"; a present but empty text
 * gives "unknown" (an empty PatientID is first replaced by "00000000" unless
 * AllowEmptyPatientID=1). UIDs must be valid (digits and dots, 1..64 chars)
 * where the syntax uses them: an absent or invalid UID makes fn_make fail
 * with DG_EUID. */
struct fn_values {
    const char *patient_id;        /* (0010,0020) */
    const char *patient_name;      /* (0010,0010) */
    const char *study_uid;         /* (0020,000D) */
    const char *series_uid;        /* (0020,000E) */
    const char *sop_uid;           /* (0008,0018) */
    const char *series_number;     /* (0020,0011) IS */
    const char *instance_number;   /* (0020,0013) IS */
    const char *modality;          /* (0008,0060) */
    const char *study_id;          /* (0020,0010) */
    const char *study_description; /* (0008,1030) */
    const char *study_date;        /* (0008,0020) */
    const char *image_id;          /* (0054,0400) */
    const char *calling_ae;        /* of the association that sent it */
    const char *called_ae;
};

/* The longest path fn_make produces, including the NUL. */
#define FN_PATH_MAX 1024
/* The longest directory or file name in a path (Conquest's MaxFileNameLength;
 * a longer one is cut at its start, as Conquest does). */
#define FN_COMPONENT_MAX 255

/* Is `syntax` (dicom.ini FileNameSyntax) one we implement? Returns 0, or
 * DG_EUNSUPPORTED / DG_ECONFIG with the reason in err (for start-up). */
int fn_check_syntax(const char *syntax, char *err, size_t errlen);

/* The path for `v` under cfg->file_name_syntax, relative to the MAG device
 * ('/'-separated, no leading '/'), into out[outlen]. Uses time(NULL) and the
 * next value of the process-wide file counter (thread-safe). Returns 0,
 * DG_EUID, DG_EUNSUPPORTED, DG_ECONFIG or DG_ETOOBIG. */
int fn_make(const struct config *cfg, const struct fn_values *v, char *out, size_t outlen);

/* fn_make with everything explicit, for tests and for callers that need a
 * reproducible name: `now` gives %time/%date (local time), `counter` the
 * 4 hex digits of %counter and of modes 4. */
int fn_make_at(const char *syntax, int allow_empty_patient_id, const struct fn_values *v,
               time_t now, uint16_t counter, char *out, size_t outlen);

#endif
