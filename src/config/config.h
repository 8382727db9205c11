/* The resolved, typed configuration of one dgate run: dicom.ini read with
 * Conquest's defaults for absent keys, relative paths resolved against the
 * directory that holds dicom.ini, MAG devices ending in '/'. Every module
 * reads its settings from here and never parses dicom.ini itself. */
#ifndef DG_CONFIG_CONFIG_H
#define DG_CONFIG_CONFIG_H

#include <limits.h>
#include <stdio.h>

#define CFG_MAX_MAG 10

struct config {
    char ini_path[PATH_MAX]; /* the dicom.ini that was read */
    char base_dir[PATH_MAX]; /* its directory, with a trailing '/' */
    char section[64];        /* MicroPACS: the section holding the keys */

    /* Network. */
    char my_ae[17];               /* MyACRNema */
    int tcp_port;                 /* TCPPort */
    char bind_address[256];       /* BindAddress: "" = every address, IPv6 and IPv4 */
    int tcpip_timeout;            /* TCPIPTimeOut, seconds */
    int max_pdu;                  /* MaxPDULength: what we accept from peers */
    int max_associations;         /* MaxAssociations: threads serving at once */
    int require_known_calling_ae; /* RequireKnownAE: only acrnema.map callers */

    /* Index database. */
    int use_sqlite; /* SQLite */
    int use_mysql;  /* MySQL */
    int use_pgsql;  /* PostGres */
    char sql_host[256];
    char sql_server[PATH_MAX]; /* SQLite: a file path (resolved); else a db name */
    char username[128];
    char password[128];
    int truncate_field_names; /* TruncateFieldNames */

    /* Storage. */
    int mag_devices;
    char mag[CFG_MAX_MAG][PATH_MAX]; /* absolute, each ending in '/' */
    int mag_full_threshold_mb;       /* MAGDeviceFullThreshold */
    char file_name_syntax[256];      /* a number or a %-template */
    int allow_empty_patient_id;
    int storage_failed_error_code; /* StorageFailedErrorCode */
    char incoming_compression[16];
    char dropped_compression[16]; /* DroppedFileCompression: of imported files */
    char watch_folder[PATH_MAX];  /* WatchFolder: a drop folder beside <MAG0>/incoming/ */
    int lossy_quality; /* LossyQuality: of the lossy compression codes without their own */
    int file_sync;     /* FileSync: 1 = fsync each stored file before answering */

    /* Identity and misc. */
    char uid_prefix[65];
    int debug_level;
    int max_nesting_depth; /* MaxNestingDepth: sequence depth accepted */
    int worklist_iso_ir;   /* WorkListReturnsISO_IR: the worklist answers' set */

    /* Other files (resolved). */
    char kfactor_file[PATH_MAX];   /* dicom.sql */
    char acrnema_map[PATH_MAX];    /* acrnema.map */
    char sop_class_list[PATH_MAX]; /* dgatesop.lst */
    char trouble_log[PATH_MAX];    /* TroubleLog: errors and warnings */
    char user_log[PATH_MAX];       /* UserLog: stored, queried, sent */

    /* The web server (DICOMweb and the web interface; src/web/). */
    int web_port;                   /* WebPort: 0 = no web server */
    char web_bind[256];             /* WebBind: "" = every address, IPv6 and IPv4 */
    char web_certificate[PATH_MAX]; /* WebCertificate: PEM; with the key, HTTPS */
    char web_private_key[PATH_MAX]; /* WebPrivateKey: PEM */
    char web_users[PATH_MAX];       /* WebUsers: name:hash:roles lines */
    char web_authentication[16];    /* WebAuthentication: remote, always or never */
    char web_cors_origin[256];      /* WebCORSOrigin: "" = no CORS headers */
    char web_root[PATH_MAX];        /* WebRoot: the web interface's files */
    int web_max_connections;        /* WebMaxConnections */
    int web_max_connections_per_ip; /* WebMaxConnectionsPerIP: of one peer address */
    int web_timeout;                /* WebTimeout, seconds of silence */
    int web_max_upload_mb;          /* WebMaxUpload: MB per request body */
};

/* Read `ini_path` into `cfg`. Returns 0, a negative errno, DG_EPARSE or
 * DG_ECONFIG with a message in err. Keys in the section that we do not
 * implement (Conquest's, or nobody's) are written to `report` (one line
 * each) when it is not NULL; a misspelt key (one or two edits from a known
 * one: `TCPPrt`) is DG_ECONFIG, naming the key meant. */
int config_load(const char *ini_path, struct config *cfg, FILE *report, char *err, size_t errlen);

/* Fill `cfg` with the defaults used for absent keys (no paths resolved). */
void config_defaults(struct config *cfg);

/* Join `path` to cfg->base_dir unless it is absolute, into out. */
int config_resolve_path(const struct config *cfg, const char *path, char *out, size_t outlen);

/* Where dgate looks for dicom.ini. With -w (a directory, or the ini file
 * itself as in Conquest's -wfile.ini) that is the only place; else, in this
 * order, the current directory (Conquest's habit: it runs from the directory
 * that holds its files), beside the dgate binary (Conquest's all-in-one
 * layout) and the installed configuration directory. NULL members are
 * skipped. */
struct config_search {
    const char *w_arg;
    const char *cwd;
    const char *exe_dir;
    const char *installed_dir;
};

/* Find dicom.ini: its path into out and, in *where, which place it was
 * found in ("-w", "the current directory", "beside dgate", "the installed
 * configuration directory"). When none holds one, err names every path
 * tried (Conquest's "Configuration file ... not found, but required.") and
 * DG_ENOTFOUND is returned. */
int config_find_ini(const struct config_search *s, char *out, size_t outlen, const char **where,
                    char *err, size_t errlen);

#endif
